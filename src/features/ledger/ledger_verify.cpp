#include "features/ledger/ledger_verify.h"

#include "features/ledger/ledger_store.h"

namespace comdev::ledger {

Result<VerifyReport> verify(store::Db& db, std::optional<std::int64_t> project_id) {
  VerifyReport report;
  std::vector<std::int64_t> projects;
  if (project_id) {
    projects.push_back(*project_id);
  } else {
    auto lease = db.acquire();
    if (!lease) return lease.error();
    auto all = ledger_store::projects_with_ledger(**lease);
    if (!all) return all.error();
    projects = std::move(*all);
  }
  // No transaction: on SQLite one would hold the write lock for the whole walk. verify_project
  // reads the head first and checks only what it covers, so appends meanwhile do no harm.
  auto lease = db.acquire();
  if (!lease) return lease.error();
  for (std::int64_t p : projects) {
    auto b = ledger_store::verify_project(**lease, p);
    if (!b) return b.error();
    auto h = ledger_store::head(**lease, p);
    if (!h) return h.error();
    ++report.projects;
    report.entries += h->first;
    if (*b) report.breaks.push_back(**b);
  }
  return report;
}

}  // namespace comdev::ledger
