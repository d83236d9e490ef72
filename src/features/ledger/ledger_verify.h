// `comdev ledger verify`: walks every project's chain (or one project's) and reports the first
// broken entry of each. Reads only; safe while the server runs: each chain is checked up to the
// head read when its walk starts, entries appended meanwhile wait for the next run.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.h"
#include "features/ledger/ledger_chain.h"
#include "store/db.h"

namespace comdev::ledger {

struct VerifyReport {
  std::int64_t projects = 0;         // chains checked
  std::int64_t entries = 0;          // entries read
  std::vector<chain::Break> breaks;  // the first break of each broken chain, by project id
};

// Every project with a ledger, or only `project_id` (a project without a ledger is an empty,
// intact chain).
Result<VerifyReport> verify(store::Db& db, std::optional<std::int64_t> project_id = std::nullopt);

}  // namespace comdev::ledger
