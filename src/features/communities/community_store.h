// All SQL about communities.
#pragma once

#include <optional>
#include <vector>

#include "core/result.h"
#include "features/communities/community.h"
#include "store/db.h"

namespace comdev::communities::community_store {

Result<std::vector<Community>> list(store::Db& db);
Result<std::int64_t> count(store::Db& db);
// Inserts or updates by slug, so loading the demo twice changes nothing.
Result<std::int64_t> upsert(store::Conn& conn, const Community& c);

}  // namespace comdev::communities::community_store
