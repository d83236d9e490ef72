// Snapshots of a whole database for `comdev backup` and `comdev restore` (src/ops/backup.h):
// what only the store may do, since it alone sees the drivers and holds SQL.
//
//   SQLite      the online backup API (sqlite3_backup_*) copies the file page by page in small
//               steps inside one read transaction: the copy is the database as it was when that
//               transaction began, and in WAL mode the server goes on writing meanwhile.
//   PostgreSQL  pg_dump in custom format (--no-owner) of the schema the URL's search_path names
//               (public when none); pg_restore --no-owner --single-transaction back. The password
//               of the URL reaches the tools through PGPASSWORD, never their command line.
//
// Thread-safety: stateless functions; the PostgreSQL ones start child processes.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.h"
#include "store/db.h"

namespace comdev::store {

struct SnapshotInfo {
  std::string schema;      // PostgreSQL: the schema dumped; empty on SQLite
  int schema_version = 0;  // the latest migration applied in the snapshot; 0 when none
};

// Writes a consistent snapshot of the database at `url` into `dest` (which must not exist).
// Error::unavailable when the database or pg_dump cannot be reached.
Result<SnapshotInfo> take_snapshot(std::string_view url, const std::filesystem::path& dest);

// True when the database at `url` holds no table (and so no migration): the only database
// `restore_snapshot` may write into. A SQLite file that does not exist yet is empty.
Result<bool> database_is_empty(std::string_view url);

// Puts the snapshot `src` (made by take_snapshot from a database of the same driver) into the
// database at `url`, which must be empty (REQUIRES: database_is_empty). On PostgreSQL the
// dump's schema `from_schema` becomes the schema the URL's search_path names.
Status restore_snapshot(std::string_view url, const std::filesystem::path& src,
                        const std::string& from_schema);

// The latest migration applied in `db` (schema_migrations); 0 when none.
Result<int> schema_version(Db& db);

}  // namespace comdev::store
