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

Purger::Purger(store::Db& db, std::chrono::seconds period) : db_(db), period_(period) {
  thread_ = std::thread([this] {
    std::unique_lock lock(mu_);
    while (!stop_) {
      lock.unlock();
      (void)purge(db_, core::now());
      lock.lock();
      cv_.wait_for(lock, period_, [this] { return stop_; });
    }
  });
}

Purger::~Purger() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

}  // namespace comdev::invitations
