// Lease: returns its connection to the pool it came from, or tells the pool it is gone.
#include "store/db.h"

namespace comdev::store {

Lease& Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    if (db_ && conn_) db_->release(std::move(conn_));
    db_ = other.db_;
    conn_ = std::move(other.conn_);
  }
  return *this;
}

Lease::~Lease() {
  if (db_ && conn_) db_->release(std::move(conn_));
}

void Lease::discard() {
  if (!conn_) return;
  conn_.reset();
  // A null connection tells the pool one of its connections was closed.
  if (db_) db_->release(nullptr);
}

Result<Rows> Db::query(std::string_view sql, std::span<const Value> params) {
  auto lease = acquire();
  if (!lease) return lease.error();
  return (*lease)->query(sql, params);
}

}  // namespace comdev::store
