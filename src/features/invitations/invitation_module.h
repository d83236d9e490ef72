// The invitations feature: a commune's diaspora list (record, CSV import), the invited person's
// accept/refuse page, and the purge of invitations left unanswered for 60 days.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "core/result.h"
#include "core/time.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::invitations {

void register_pages(web::App& app);

inline void register_module(web::App& app) {
  register_pages(app);
}

// Erases invitations expired at `now` (each with an audit entry); returns how many.
Result<std::int64_t> purge(store::Db& db, core::Seconds now);

// Runs purge() at once, then every `period`, on its own thread until destroyed (`comdev serve`).
class Purger {
 public:
  explicit Purger(store::Db& db, std::chrono::seconds period = std::chrono::hours(1));
  ~Purger();
  Purger(const Purger&) = delete;
  Purger& operator=(const Purger&) = delete;

 private:
  store::Db& db_;
  std::chrono::seconds period_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace comdev::invitations
