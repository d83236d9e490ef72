#include "store/postgres/pg_conn.h"

#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include "store/text_param.h"

namespace comdev::store::postgres {

namespace {

// Type OIDs from pg_type.h (stable across PostgreSQL versions).
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701;

struct ResultGuard {
  PGresult* r;
  ~ResultGuard() { PQclear(r); }
};

std::string with_sql(std::string message, std::string_view sql) {
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  std::string d = "postgres: " + message;
  if (!sql.empty()) {
    d += " [";
    d += sql.substr(0, 200);
    d += "]";
  }
  return d;
}

Value convert(const PGresult* res, int row, int col) {
  if (PQgetisnull(res, row, col)) return std::monostate{};
  const char* text = PQgetvalue(res, row, col);
  switch (PQftype(res, col)) {
    case kInt2:
    case kInt4:
    case kInt8:
      return static_cast<std::int64_t>(std::strtoll(text, nullptr, 10));
    case kBool:
      return static_cast<std::int64_t>(text[0] == 't' ? 1 : 0);
    case kFloat4:
    case kFloat8:
      return std::strtod(text, nullptr);
    default:
      return std::string(text, static_cast<std::size_t>(PQgetlength(res, row, col)));
  }
}

std::string format(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

void ignore_notice(void*, const char*) {}

}  // namespace

Result<std::unique_ptr<Conn>> PgConn::connect(const std::string& conninfo) {
  PGconn* c = PQconnectdb(conninfo.c_str());
  if (!c) return Error::unavailable("postgres: out of memory");
  if (PQstatus(c) != CONNECTION_OK) {
    std::string message = with_sql(PQerrorMessage(c), {});
    PQfinish(c);
    return Error::unavailable(std::move(message));
  }
  // NOTICEs ("relation already exists, skipping") would otherwise go to stderr.
  PQsetNoticeProcessor(c, ignore_notice, nullptr);
  std::unique_ptr<PgConn> conn(new PgConn(c));
  if (auto s = conn->exec_script("SET TIME ZONE 'UTC'"); !s) return s.error();
  return std::unique_ptr<Conn>(std::move(conn));
}

PgConn::~PgConn() {
  PQfinish(conn_);
}

Error PgConn::error(PGresult* res, std::string_view sql) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  std::string sqlstate = state ? state : "";
  std::string message = res ? PQresultErrorMessage(res) : "";
  if (message.empty()) message = PQerrorMessage(conn_);
  std::string detail = with_sql(message, sql);
  if (sqlstate == "23505") return Error::conflict().with_detail(std::move(detail));
  if (PQstatus(conn_) != CONNECTION_OK || sqlstate.starts_with("08") ||
      sqlstate.starts_with("57P") || sqlstate.starts_with("53")) {
    return Error::unavailable(std::move(detail));
  }
  return Error::internal(std::move(detail));
}

Result<std::string> PgConn::prepare(std::string_view sql) {
  std::string key(sql);
  if (auto it = prepared_.find(key); it != prepared_.end()) return it->second;
  if (prepared_.size() >= kMaxPrepared) {
    // SQL built at run time would otherwise grow the server-side cache without bound.
    if (auto s = exec_script("DEALLOCATE ALL"); !s) return s.error();
    prepared_.clear();
  }
  std::string name = "s" + std::to_string(++statement_counter_);
  ResultGuard res{PQprepare(conn_, name.c_str(), key.c_str(), 0, nullptr)};
  if (PQresultStatus(res.r) != PGRES_COMMAND_OK) return error(res.r, sql);
  prepared_.emplace(std::move(key), name);
  return name;
}

Result<Rows> PgConn::query(std::string_view sql, std::span<const Value> params) {
  if (auto st = check_text_params(params); !st) return st.error();
  auto name = prepare(sql);
  if (!name) return name.error();

  std::vector<std::string> texts(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (std::size_t i = 0; i < params.size(); ++i) {
    const Value& v = params[i];
    if (auto p = std::get_if<std::int64_t>(&v)) {
      texts[i] = std::to_string(*p);
    } else if (auto p = std::get_if<double>(&v)) {
      texts[i] = format(*p);
    } else if (auto p = std::get_if<std::string>(&v)) {
      texts[i] = *p;
    } else {
      continue;  // NULL: leave the pointer null
    }
    values[i] = texts[i].c_str();
  }
  ResultGuard res{PQexecPrepared(conn_, name->c_str(), static_cast<int>(params.size()),
                                 values.data(), nullptr, nullptr, 0)};
  ExecStatusType st = PQresultStatus(res.r);
  if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) return error(res.r, sql);

  Rows out;
  int ncol = PQnfields(res.r);
  int nrow = PQntuples(res.r);
  out.columns.reserve(ncol);
  for (int c = 0; c < ncol; ++c) out.columns.emplace_back(PQfname(res.r, c));
  out.rows.reserve(nrow);
  for (int r = 0; r < nrow; ++r) {
    std::vector<Value> row;
    row.reserve(ncol);
    for (int c = 0; c < ncol; ++c) row.push_back(convert(res.r, r, c));
    out.rows.emplace_back(std::move(row));
  }
  const char* tuples = PQcmdTuples(res.r);
  out.affected = tuples && *tuples ? std::strtoll(tuples, nullptr, 10) : 0;
  // A plain SELECT reports its row count in PQcmdTuples; "affected" means rows changed.
  std::string_view status = PQcmdStatus(res.r);
  if (status.starts_with("SELECT")) out.affected = 0;
  return out;
}

Status PgConn::exec_script(std::string_view sql) {
  std::string text(sql);
  ResultGuard res{PQexec(conn_, text.c_str())};
  ExecStatusType st = PQresultStatus(res.r);
  if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY) return {};
  return error(res.r, {});
}

Status PgConn::begin() {
  return exec_script("BEGIN");
}
Status PgConn::commit() {
  // COMMIT of a failed transaction "succeeds" as a ROLLBACK; report it as the failure it is.
  if (PQtransactionStatus(conn_) == PQTRANS_INERROR) {
    (void)exec_script("ROLLBACK");
    return Error::internal("postgres: commit of a transaction that had failed");
  }
  return exec_script("COMMIT");
}
Status PgConn::rollback() {
  return exec_script("ROLLBACK");
}

bool PgConn::reset_for_reuse() {
  if (PQstatus(conn_) != CONNECTION_OK) return false;
  switch (PQtransactionStatus(conn_)) {
    case PQTRANS_IDLE:
      return true;
    case PQTRANS_INTRANS:
    case PQTRANS_INERROR:
      return rollback().ok();
    default:
      return false;  // a command still running, or unknown: do not reuse
  }
}

}  // namespace comdev::store::postgres
