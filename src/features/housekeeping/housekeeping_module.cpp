#include "features/housekeeping/housekeeping_module.h"

#include "core/log.h"

namespace comdev::housekeeping {

Result<housekeeping_store::Purged> purge(store::Db& db, const Retention& r, core::Seconds now) {
  auto done = housekeeping_store::purge(db, cutoffs(r, now));
  if (!done) {
    log::warn("housekeeping.purge_failed", {{"detail", done.error().detail}});
    return done;
  }
  for (const auto& [what, n] : *done) {
    if (n > 0) log::info("housekeeping.purged", {{"what", what}, {"count", n}});
  }
  return done;
}

void register_module(web::App& app, const Retention& r) {
  store::Db& db = app.db();
  // Every six hours rather than daily: a restart-heavy small server still purges; each run is a
  // handful of indexed DELETEs.
  app.jobs().every("housekeeping.purge", std::chrono::hours(6), std::chrono::minutes(5),
                   std::chrono::minutes(10),
                   [&db, r](core::Seconds now, const std::atomic<bool>&) -> Status {
                     auto done = purge(db, r, now);
                     if (!done) return done.error();
                     return {};
                   });
}

}  // namespace comdev::housekeeping
