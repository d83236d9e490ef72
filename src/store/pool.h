// PooledDb: the connection pool both drivers share. Connections are opened lazily, up to
// `max_size`; a lease taken while all are in use waits on a condition variable (and is
// counted in PoolStats::waits) until one is returned, or fails as unavailable after
// `wait_limit` so a thread that forgot a lease cannot hang a worker forever.
//
// A connection whose reset_for_reuse() fails when returned, or is discarded by its lease, is
// closed; the next lease opens a fresh one (this is how PostgreSQL restarts are survived).
//
// Thread-safety: all members may be called from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "store/db.h"

namespace comdev::store {

class PooledDb : public Db {
 public:
  using Connector = std::function<Result<std::unique_ptr<Conn>>()>;

  // REQUIRES: max_size >= 1.
  PooledDb(Dialect dialect, int max_size, Connector connect,
           std::chrono::milliseconds wait_limit = std::chrono::seconds(30));
  ~PooledDb() override;

  Dialect dialect() const override { return dialect_; }
  Result<Lease> acquire() override;
  PoolStats stats() const override;
  // Adds an already open connection as idle (opened early to fail fast on a bad URL).
  void adopt(std::unique_ptr<Conn> conn);

 protected:
  void release(std::unique_ptr<Conn> conn) override;

 private:
  const Dialect dialect_;
  const int max_size_;
  const Connector connect_;
  const std::chrono::milliseconds wait_limit_;

  mutable std::mutex mu_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<Conn>> idle_;
  int open_ = 0;    // idle + leased + being opened
  int in_use_ = 0;  // leased
  std::int64_t waits_ = 0;
};

}  // namespace comdev::store
