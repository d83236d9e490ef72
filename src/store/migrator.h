// Schema migrations: numbered SQL files applied in order, each in its own transaction, and
// recorded in schema_migrations with a checksum of the file text.
//
//   migrations/0001_core.sql            for both databases
//   migrations/0007_search.sqlite.sql   a dialect variant: taken instead of 0007_search.sql
//   migrations/0007_search.pg.sql       on its database
//
// A migration whose file changed after it was applied stops migrate() with message_id
// "errors.migration_changed" (the server refuses to start rather than run on a schema that
// no longer matches its source). Several servers starting together are safe: each migration
// runs under a lock (pg_advisory_xact_lock on PostgreSQL, BEGIN IMMEDIATE on SQLite) and
// re-checks whether another instance applied it meanwhile.
//
// Thread-safety: stateless functions; the Db does the locking.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace comdev::store {

struct MigrationFile {
  int version = 0;
  std::string name;                // "core" for 0001_core.sql
  std::optional<Dialect> dialect;  // nullopt: for both databases
  std::string sql;
  std::string filename;  // for error messages; may be empty for embedded migrations
};

struct AppliedMigration {
  int version = 0;
  std::string name;
  std::string checksum;    // of the file as it is now (pending) or as recorded (applied)
  std::string applied_at;  // UTC ISO-8601; empty when pending
  bool applied = false;
  bool changed = false;  // applied, but the file's checksum differs from the recorded one
};

// Reads every *.sql file of `dir`; a .sql file whose name does not follow NNNN_name[.sqlite|.pg]
// .sql is an error (a typo would otherwise be skipped silently).
Result<std::vector<MigrationFile>> load_migrations(const std::filesystem::path& dir);

// The files that apply to `dialect`, one per version (the dialect variant wins), in order.
// Two files for the same version and dialect are an error.
Result<std::vector<MigrationFile>> select_migrations(std::vector<MigrationFile> files,
                                                     Dialect dialect);

Status migrate(Db& db, std::vector<MigrationFile> files);
Status migrate(Db& db, const std::filesystem::path& dir);

// Every migration known from the files or the table, in version order.
Result<std::vector<AppliedMigration>> status(Db& db, const std::filesystem::path& dir);

// FNV-1a 64-bit of the text, as 16 hex digits: detects edits, not tampering.
std::string migration_checksum(std::string_view sql);

}  // namespace comdev::store
