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
  for (std::int64_t p : projects) {
    auto checked = db.transaction<std::pair<std::optional<chain::Break>, std::int64_t>>(
        [&](store::Conn& c) -> Result<std::pair<std::optional<chain::Break>, std::int64_t>> {
          auto b = ledger_store::verify_project(c, p);
          if (!b) return b.error();
          auto h = ledger_store::head(c, p);
          if (!h) return h.error();
          return std::pair{*b, h->first};
        });
    if (!checked) return checked.error();
    ++report.projects;
    report.entries += checked->second;
    if (checked->first) report.breaks.push_back(*checked->first);
  }
  return report;
}

}  // namespace comdev::ledger
