#include "store/pool.h"

namespace comdev::store {

PooledDb::PooledDb(Dialect dialect, int max_size, Connector connect,
                   std::chrono::milliseconds wait_limit)
    : dialect_(dialect),
      max_size_(max_size < 1 ? 1 : max_size),
      connect_(std::move(connect)),
      wait_limit_(wait_limit) {}

PooledDb::~PooledDb() = default;

Result<Lease> PooledDb::acquire() {
  std::unique_lock lock(mu_);
  if (idle_.empty() && open_ >= max_size_) {
    ++waits_;
    bool got =
        freed_.wait_for(lock, wait_limit_, [&] { return !idle_.empty() || open_ < max_size_; });
    if (!got) return Error::unavailable("database pool exhausted: no connection freed in time");
  }
  if (!idle_.empty()) {
    std::unique_ptr<Conn> conn = std::move(idle_.back());
    idle_.pop_back();
    ++in_use_;
    return Lease(this, std::move(conn));
  }
  // Reserve the slot, then connect without holding the lock: connecting may take a while.
  ++open_;
  lock.unlock();
  Result<std::unique_ptr<Conn>> conn = connect_();
  lock.lock();
  if (!conn) {
    --open_;
    freed_.notify_one();
    return conn.error();
  }
  ++in_use_;
  return Lease(this, std::move(*conn));
}

void PooledDb::adopt(std::unique_ptr<Conn> conn) {
  std::lock_guard lock(mu_);
  ++open_;
  idle_.push_back(std::move(conn));
}

PoolStats PooledDb::stats() const {
  std::lock_guard lock(mu_);
  return PoolStats{open_, in_use_, waits_};
}

void PooledDb::release(std::unique_ptr<Conn> conn) {
  // Rolling back or closing happens outside the lock: either may talk to the server.
  if (conn && !conn->reset_for_reuse()) conn.reset();
  {
    std::lock_guard lock(mu_);
    --in_use_;
    if (conn) {
      idle_.push_back(std::move(conn));
    } else {
      --open_;
    }
  }
  freed_.notify_one();
}

}  // namespace comdev::store
