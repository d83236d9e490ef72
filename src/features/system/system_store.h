// SQL of the operational endpoints.
#pragma once

#include "core/result.h"
#include "store/db.h"

namespace comdev::system::system_store {

// A round trip to the database.
Status ping(store::Db& db);

}  // namespace comdev::system::system_store
