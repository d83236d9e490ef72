// All SQL about contact messages.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/contact/contact.h"
#include "store/db.h"

namespace comdev::contact::contact_store {

// Stores the message once per request key; a repeat returns the id stored the first time.
Result<std::int64_t> insert_once(store::Db& db, const NewMessage& m);
Result<std::int64_t> count(store::Db& db);
Result<bool> exists(store::Db& db, std::int64_t id);
// How many of these request keys are stored (the crash test checks acknowledged writes).
Result<std::int64_t> count_keys(store::Db& db, const std::vector<std::string>& keys);

}  // namespace comdev::contact::contact_store
