#include "features/invitations/invitation_module.h"

#include "core/log.h"
#include "features/invitations/invitation_store.h"

namespace comdev::invitations {

Result<std::int64_t> purge(store::Db& db, core::Seconds now) {
  auto n = invitation_store::purge_expired(db, now);
  if (!n) {
    log::warn("invitations.purge_failed", {{"detail", n.error().detail}});
  } else if (*n > 0) {
    log::info("invitations.purged", {{"count", *n}});
  }
  return n;
}

void register_module(web::App& app) {
  register_pages(app);
  store::Db& db = app.db();
  // Invitations left unanswered for 60 days are erased (BRIEF §6); the purge logs its failures.
  app.jobs().every("invitations.purge", std::chrono::hours(1), std::chrono::seconds(0),
                   std::chrono::minutes(10),
                   [&db](core::Seconds now, const std::atomic<bool>&) -> Status {
                     auto n = purge(db, now);
                     if (!n) return n.error();
                     return {};
                   });
}

}  // namespace comdev::invitations
