#include "store/snapshot.h"

#include "store/postgres/pg_snapshot.h"
#include "store/sqlite/sqlite_snapshot.h"
#include "store/url.h"

namespace comdev::store {
namespace {

Result<DbUrl> file_or_server(std::string_view url) {
  auto parsed = parse_db_url(url);
  if (!parsed) return parsed.error();
  if (parsed->memory) {
    return Error::invalid().with_detail("an in-memory database has nothing to back up or restore");
  }
  return parsed;
}

}  // namespace

Result<SnapshotInfo> take_snapshot(std::string_view url, const std::filesystem::path& dest) {
  auto u = file_or_server(url);
  if (!u) return u.error();
  if (u->dialect == Dialect::sqlite) return sqlite::take_snapshot(u->sqlite_path, dest);
  return postgres::take_snapshot(u->conninfo, dest);
}

Result<bool> database_is_empty(std::string_view url) {
  auto u = file_or_server(url);
  if (!u) return u.error();
  if (u->dialect == Dialect::sqlite) return sqlite::is_empty(u->sqlite_path);
  return postgres::is_empty(u->conninfo);
}

Status restore_snapshot(std::string_view url, const std::filesystem::path& src,
                        const std::string& from_schema) {
  auto u = file_or_server(url);
  if (!u) return u.error();
  if (u->dialect == Dialect::sqlite) return sqlite::restore_snapshot(u->sqlite_path, src);
  return postgres::restore_snapshot(u->conninfo, src, from_schema);
}

Result<int> schema_version(Db& db) {
  auto r = db.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  if (!r) return r.error();
  return r->empty() ? 0 : static_cast<int>(r->rows.front().integer(0));
}

}  // namespace comdev::store
