#include "store/sqlite/sqlite_snapshot.h"

#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <thread>

namespace comdev::store::sqlite {
namespace {

// Pages copied per step (4 KB each): small enough that each step is short, large enough that a
// database of some hundred megabytes takes a few hundred steps.
constexpr int kPagesPerStep = 1024;

struct Closer {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

Result<Handle> open_file(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Handle h(raw);
  if (rc != SQLITE_OK) {
    return Error::unavailable("opening " + path + ": " +
                              (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(raw, 5000);
  return h;
}

Status exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : sqlite3_errmsg(db);
    sqlite3_free(message);
    return Error::unavailable(std::string(sql) + ": " + text);
  }
  return {};
}

// The first column of the first row of `sql`, or `fallback` when the statement fails (a table
// that does not exist) or returns no row.
std::int64_t scalar(sqlite3* db, const char* sql, std::int64_t fallback) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
    sqlite3_finalize(st);
    return fallback;
  }
  std::int64_t out = fallback;
  if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
    out = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  return out;
}

// Copies every page of `from` into `to`, a step at a time; a busy or locked source (a writer
// holding it for a moment) is waited for, not an error.
Status copy_pages(sqlite3* from, sqlite3* to, int pages_per_step) {
  sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
  if (!b) return Error::unavailable(std::string("sqlite3_backup_init: ") + sqlite3_errmsg(to));
  int rc = SQLITE_OK;
  for (;;) {
    rc = sqlite3_backup_step(b, pages_per_step);
    if (rc == SQLITE_DONE) break;
    if (rc == SQLITE_OK) continue;
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      continue;
    }
    break;
  }
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) {
    return Error::unavailable(std::string("sqlite3_backup_step: ") + sqlite3_errstr(rc));
  }
  return {};
}

}  // namespace

Result<SnapshotInfo> take_snapshot(const std::string& path, const std::filesystem::path& dest) {
  if (!std::filesystem::exists(path)) {
    return Error::unavailable("the database file " + path + " does not exist");
  }
  auto src = open_file(path, SQLITE_OPEN_READWRITE);
  if (!src) return src.error();
  auto dst = open_file(dest.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!dst) return dst.error();
  // One read transaction for the whole copy: in WAL mode it pins the snapshot the steps read, so
  // writes committed meanwhile neither block on the copy nor make it start over.
  if (auto st = exec(src->get(), "BEGIN; SELECT COUNT(*) FROM sqlite_master;"); !st) {
    return st.error();
  }
  auto copied = copy_pages(src->get(), dst->get(), kPagesPerStep);
  (void)exec(src->get(), "COMMIT");
  if (!copied) return copied.error();
  // The copy stands alone as one file (no -wal beside it), whatever the source's journal.
  if (auto st = exec(dst->get(), "PRAGMA journal_mode=DELETE"); !st) return st.error();
  SnapshotInfo info;
  info.schema_version =
      static_cast<int>(scalar(dst->get(), "SELECT MAX(version) FROM schema_migrations", 0));
  return info;
}

Result<bool> is_empty(const std::string& path) {
  if (!std::filesystem::exists(path)) return true;
  auto db = open_file(path, SQLITE_OPEN_READONLY);
  if (!db) return db.error();
  auto tables = scalar(db->get(), "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", -1);
  if (tables < 0) return Error::unavailable("reading the tables of " + path);
  return tables == 0;
}

Status restore_snapshot(const std::string& path, const std::filesystem::path& src) {
  std::error_code ec;
  std::filesystem::path target(path);
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  auto from = open_file(src.string(), SQLITE_OPEN_READONLY);
  if (!from) return from.error();
  auto to = open_file(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!to) return to.error();
  if (auto st = copy_pages(from->get(), to->get(), -1); !st) return st;
  // The server's journal, as the driver would set it at its first connection.
  return exec(to->get(), "PRAGMA journal_mode=WAL");
}

}  // namespace comdev::store::sqlite
