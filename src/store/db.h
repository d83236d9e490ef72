// The one database interface (std only). Two drivers implement it: store/sqlite (default, one
// file, WAL) and store/postgres (libpq, a pool). Features never see a driver: they get a Db&.
//
// SQL is written once with $1..$n placeholders and portable syntax (RETURNING, ON CONFLICT,
// CHECK). Only *_store.cpp files and migrations/ hold SQL (script/lint checks it).
//
// Thread-safety: Db is shared by all worker threads; a Conn is used by one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"

namespace comdev::store {

// A bound parameter or a column value. Times are stored as UTC ISO-8601 text or integer
// seconds; money as integer minor units plus a currency column.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

class Row {
 public:
  Row() = default;
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  std::size_t size() const { return values_.size(); }
  bool is_null(std::size_t i) const;
  std::int64_t integer(std::size_t i) const;  // 0 when null; text is parsed
  double real(std::size_t i) const;
  std::string text(std::size_t i) const;  // "" when null; numbers are formatted
  std::optional<std::string> opt_text(std::size_t i) const;
  const Value& at(std::size_t i) const { return values_.at(i); }

 private:
  std::vector<Value> values_;
};

struct Rows {
  std::vector<std::string> columns;
  std::vector<Row> rows;
  std::int64_t affected = 0;  // rows changed by INSERT/UPDATE/DELETE
  bool empty() const { return rows.empty(); }
};

enum class Dialect { sqlite, postgres };

// One connection. Not thread-safe: leased from the Db for one unit of work.
class Conn {
 public:
  virtual ~Conn() = default;
  virtual Dialect dialect() const = 0;
  // Runs one statement with parameters; returns its rows (if any) and affected count.
  virtual Result<Rows> query(std::string_view sql, std::span<const Value> params = {}) = 0;
  // Runs several statements without parameters (migrations only).
  virtual Status exec_script(std::string_view sql) = 0;
  virtual Status begin() = 0;
  virtual Status commit() = 0;
  virtual Status rollback() = 0;
  // Called by the pool when the connection comes back: rolls back a transaction left open
  // (a caller that returned early) and returns false when the connection can no longer be
  // used (server gone), so the pool closes it instead of handing it out again.
  virtual bool reset_for_reuse() { return true; }
};

class Db;

// A connection borrowed from the pool; returned when destroyed.
class Lease {
 public:
  Lease(Db* db, std::unique_ptr<Conn> conn) : db_(db), conn_(std::move(conn)) {}
  Lease(Lease&&) noexcept = default;
  // Returns the connection held before, then takes the other one.
  Lease& operator=(Lease&& other) noexcept;
  ~Lease();
  Conn& operator*() { return *conn_; }
  Conn* operator->() { return conn_.get(); }
  // Closes a broken connection instead of returning it to the pool (the pool forgets it and
  // may open a new one).
  void discard();

 private:
  Db* db_;
  std::unique_ptr<Conn> conn_;
};

struct PoolStats {
  int size = 0;            // connections open
  int in_use = 0;          // leased now
  std::int64_t waits = 0;  // leases that had to wait for a free connection
};

class Db {
 public:
  virtual ~Db() = default;
  virtual Dialect dialect() const = 0;
  virtual Result<Lease> acquire() = 0;
  virtual PoolStats stats() const = 0;

  // Runs fn in one transaction on one connection: commits when fn succeeds, rolls back when
  // it fails (or throws). Retries are the caller's business: make writes idempotent.
  template <class T>
  Result<T> transaction(const std::function<Result<T>(Conn&)>& fn);

  // One statement on a leased connection, outside any explicit transaction.
  Result<Rows> query(std::string_view sql, std::span<const Value> params = {});

 protected:
  friend class Lease;
  virtual void release(std::unique_ptr<Conn> conn) = 0;
};

// Opens "sqlite:PATH" (or "sqlite::memory:") or "postgresql://…"; a clear error otherwise.
Result<std::unique_ptr<Db>> open(std::string_view url, int pool_size = 8);

// Convenience to build a parameter list: params(1, "x", std::nullopt) -> {int64, text, null}.
inline Value to_value(std::int64_t v) {
  return v;
}
inline Value to_value(int v) {
  return static_cast<std::int64_t>(v);
}
inline Value to_value(double v) {
  return v;
}
inline Value to_value(std::string v) {
  return v;
}
inline Value to_value(std::string_view v) {
  return std::string(v);
}
inline Value to_value(const char* v) {
  return std::string(v);
}
inline Value to_value(std::nullopt_t) {
  return std::monostate{};
}
template <class T>
Value to_value(const std::optional<T>& v) {
  return v ? to_value(*v) : Value{std::monostate{}};
}
template <class... A>
std::vector<Value> params(A&&... a) {
  return {to_value(std::forward<A>(a))...};
}

template <class T>
Result<T> Db::transaction(const std::function<Result<T>(Conn&)>& fn) {
  auto lease = acquire();
  if (!lease) return lease.error();
  Conn& c = **lease;
  if (auto s = c.begin(); !s) return s.error();
  try {
    Result<T> r = fn(c);
    if (!r) {
      (void)c.rollback();
      return r;
    }
    if (auto s = c.commit(); !s) {
      (void)c.rollback();
      return s.error();
    }
    return r;
  } catch (...) {
    (void)c.rollback();
    throw;
  }
}

}  // namespace comdev::store
