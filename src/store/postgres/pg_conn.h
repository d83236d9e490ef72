// One libpq connection with its prepared-statement cache. Not thread-safe: one lease at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

#include "store/db.h"

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace comdev::store::postgres {

class PgConn : public Conn {
 public:
  static Result<std::unique_ptr<Conn>> connect(const std::string& conninfo);
  ~PgConn() override;

  Dialect dialect() const override { return Dialect::postgres; }
  Result<Rows> query(std::string_view sql, std::span<const Value> params) override;
  // PQexec runs several ';'-separated statements in one call (simple query protocol).
  Status exec_script(std::string_view sql) override;
  Status begin() override;
  Status commit() override;
  Status rollback() override;
  bool reset_for_reuse() override;

 private:
  explicit PgConn(PGconn* conn) : conn_(conn) {}
  Result<std::string> prepare(std::string_view sql);
  Error error(PGresult* res, std::string_view sql);

  static constexpr std::size_t kMaxPrepared = 500;
  PGconn* conn_;
  std::uint64_t statement_counter_ = 0;
  // SQL text -> statement name. Names are a counter, not a hash: two texts can never collide.
  std::unordered_map<std::string, std::string> prepared_;
};

}  // namespace comdev::store::postgres
