#include "store/sqlite/sqlite_conn.h"

#include <sqlite3.h>

#include <charconv>
#include "store/text_param.h"

namespace comdev::store::sqlite {

namespace {

// The SQL (never the parameter values) helps find the statement in the log.
std::string describe(const char* message, std::string_view sql) {
  std::string d = "sqlite: ";
  d += message;
  if (!sql.empty()) {
    d += " [";
    d += sql.substr(0, 200);
    d += "]";
  }
  return d;
}

Error map_error(int extended, const char* message, std::string_view sql) {
  std::string detail = describe(message, sql);
  if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY) {
    return Error::conflict().with_detail(std::move(detail));
  }
  switch (extended & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_FULL:
      return Error::unavailable(std::move(detail));
    default:
      return Error::internal(std::move(detail));
  }
}

Value column(sqlite3_stmt* stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER:
      return static_cast<std::int64_t>(sqlite3_column_int64(stmt, i));
    case SQLITE_FLOAT:
      return sqlite3_column_double(stmt, i);
    case SQLITE_NULL:
      return std::monostate{};
    default: {  // TEXT and BLOB both come back as bytes
      auto p = static_cast<const char*>(sqlite3_column_blob(stmt, i));
      return std::string(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)));
    }
  }
}

}  // namespace

Result<std::unique_ptr<Conn>> SqliteConn::connect(const std::string& path) {
  sqlite3* db = nullptr;
  // NOMUTEX: a connection is used by one thread at a time, so SQLite's own mutex is waste.
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Error e = map_error(rc, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc), {});
    sqlite3_close(db);
    return Error::unavailable(e.detail);
  }
  sqlite3_extended_result_codes(db, 1);
  std::unique_ptr<SqliteConn> conn(new SqliteConn(db));
  // busy_timeout first: switching to WAL itself needs a lock another connection may hold.
  if (auto s = conn->exec_script("PRAGMA busy_timeout=5000;"
                                 "PRAGMA journal_mode=WAL;"
                                 "PRAGMA synchronous=NORMAL;"
                                 "PRAGMA foreign_keys=ON;");
      !s) {
    return s.error();
  }
  return std::unique_ptr<Conn>(std::move(conn));
}

SqliteConn::~SqliteConn() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

Error SqliteConn::error(int rc, std::string_view sql) const {
  (void)rc;
  return map_error(sqlite3_extended_errcode(db_), sqlite3_errmsg(db_), sql);
}

Result<sqlite3_stmt*> SqliteConn::prepare(std::string_view sql) {
  std::string key(sql);
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  if (cache_.size() >= kMaxCachedStatements) {
    // SQL built at run time (IN lists of varying length) would grow the cache without bound.
    for (auto& [text, old] : cache_) sqlite3_finalize(old);
    cache_.clear();
  }
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) return error(rc, sql);
  if (!stmt) return Error::internal("sqlite: empty statement");
  cache_.emplace(std::move(key), stmt);
  return stmt;
}

Status SqliteConn::bind(sqlite3_stmt* stmt, std::span<const Value> params) {
  int count = sqlite3_bind_parameter_count(stmt);
  for (int j = 1; j <= count; ++j) {
    const char* name = sqlite3_bind_parameter_name(stmt, j);
    std::size_t n = 0;
    std::string_view sv = name ? name : "";
    bool numbered = sv.size() > 1 && sv[0] == '$' &&
                    std::from_chars(sv.data() + 1, sv.data() + sv.size(), n).ec == std::errc{} &&
                    n >= 1;
    if (!numbered) {
      return Error::internal("sqlite: use $1..$n placeholders, found " +
                             std::string(name ? name : "?"));
    }
    if (n > params.size()) {
      return Error::internal("sqlite: placeholder $" + std::to_string(n) + " but only " +
                             std::to_string(params.size()) + " parameters");
    }
    const Value& v = params[n - 1];
    int rc = SQLITE_OK;
    if (auto p = std::get_if<std::int64_t>(&v)) {
      rc = sqlite3_bind_int64(stmt, j, *p);
    } else if (auto p = std::get_if<double>(&v)) {
      rc = sqlite3_bind_double(stmt, j, *p);
    } else if (auto p = std::get_if<std::string>(&v)) {
      rc = sqlite3_bind_text64(stmt, j, p->data(), p->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    } else {
      rc = sqlite3_bind_null(stmt, j);
    }
    if (rc != SQLITE_OK) return error(rc, {});
  }
  return {};
}

Result<Rows> SqliteConn::query(std::string_view sql, std::span<const Value> params) {
  if (auto st = check_text_params(params); !st) return st.error();
  auto stmt = prepare(sql);
  if (!stmt) return stmt.error();
  sqlite3_stmt* s = *stmt;
  // Reset on every exit, so the statement releases its locks and can be reused.
  struct Reset {
    sqlite3_stmt* s;
    ~Reset() {
      sqlite3_reset(s);
      sqlite3_clear_bindings(s);
    }
  } reset{s};
  if (auto b = bind(s, params); !b) return b.error();

  Rows out;
  int ncol = sqlite3_column_count(s);
  out.columns.reserve(ncol);
  for (int i = 0; i < ncol; ++i) out.columns.emplace_back(sqlite3_column_name(s, i));
  for (;;) {
    int rc = sqlite3_step(s);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) return error(rc, sql);
    std::vector<Value> values;
    values.reserve(ncol);
    for (int i = 0; i < ncol; ++i) values.push_back(column(s, i));
    out.rows.emplace_back(std::move(values));
  }
  // sqlite3_changes keeps the count of the last write, so read-only statements report 0.
  out.affected = sqlite3_stmt_readonly(s) ? 0 : sqlite3_changes64(db_);
  return out;
}

Status SqliteConn::exec_script(std::string_view sql) {
  std::string text(sql);  // sqlite3_exec needs a terminating NUL
  char* message = nullptr;
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return {};
  Error e = map_error(sqlite3_extended_errcode(db_), message ? message : sqlite3_errstr(rc), {});
  sqlite3_free(message);
  return e;
}

Status SqliteConn::begin() {
  return exec_script("BEGIN IMMEDIATE");
}
Status SqliteConn::commit() {
  return exec_script("COMMIT");
}
Status SqliteConn::rollback() {
  return exec_script("ROLLBACK");
}

bool SqliteConn::reset_for_reuse() {
  if (sqlite3_get_autocommit(db_)) return true;
  return rollback().ok();
}

}  // namespace comdev::store::sqlite
