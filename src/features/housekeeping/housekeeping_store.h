// The daily purge's SQL: one DELETE per kind of row past its retention (housekeeping_rules.h).
// The tables belong to their features (sessions to web, mail links and rate counters to
// accounts, the e-mail log and digest runs to digest, jobs to src/jobs); this is only where
// their expired rows are erased, in one place, so that retention is read and changed here.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "features/housekeeping/housekeeping_rules.h"
#include "store/db.h"

namespace comdev::housekeeping::housekeeping_store {

// (what, rows erased) for each kind, in a fixed order.
using Purged = std::vector<std::pair<std::string, std::int64_t>>;

// Each DELETE is its own statement (no long transaction holding the write lock); a failure stops
// the purge and is returned, the next run carries on.
Result<Purged> purge(store::Db& db, const Cutoffs& c);

}  // namespace comdev::housekeeping::housekeeping_store
