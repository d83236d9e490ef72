// One SQLite connection with its prepared-statement cache. Not thread-safe: used by one
// lease at a time (the pool guarantees it).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "store/db.h"

struct sqlite3;
struct sqlite3_stmt;

namespace comdev::store::sqlite {

class SqliteConn : public Conn {
 public:
  // Opens the file and applies the connection settings (WAL, busy_timeout, foreign keys).
  static Result<std::unique_ptr<Conn>> connect(const std::string& path);
  ~SqliteConn() override;

  Dialect dialect() const override { return Dialect::sqlite; }
  Result<Rows> query(std::string_view sql, std::span<const Value> params) override;
  Status exec_script(std::string_view sql) override;
  // BEGIN IMMEDIATE takes the write lock up front: a deferred BEGIN that later writes can fail
  // with SQLITE_BUSY on the upgrade, which busy_timeout cannot wait out.
  Status begin() override;
  Status commit() override;
  Status rollback() override;
  bool reset_for_reuse() override;

 private:
  explicit SqliteConn(sqlite3* db) : db_(db) {}
  Result<sqlite3_stmt*> prepare(std::string_view sql);
  Status bind(sqlite3_stmt* stmt, std::span<const Value> params);
  Error error(int rc, std::string_view sql) const;

  static constexpr std::size_t kMaxCachedStatements = 500;
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace comdev::store::sqlite
