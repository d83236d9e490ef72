// Backup and restore of a whole instance: the database and the uploaded files, into and out of
// one folder (docs/deploy.md, "Backup and restore").
//
//   DIR/comdev.sqlite | DIR/comdev.pgdump   the database (store/snapshot.h)
//   DIR/files/ab/cd/<sha256>…               the file store, without its tmp/
//   DIR/manifest.json                       ops/manifest.h; written last
//
// Order matters: the database snapshot is taken first, the files copied after it. Files are
// immutable and named by content, and while the backup runs nothing removes them (a deletion's
// unlink and the sweeper wait: files/backup_hold.h), so the files copied later are a superset of
// those the snapshot's rows refer to.
//
// A backup may run while the server runs. A restore runs with the server stopped and writes into
// an empty database only; then it applies the migrations this program knows, so an older backup
// comes up to date.
//
// Thread-safety: one call at a time per folder.
#pragma once

#include <filesystem>
#include <string>

#include "core/result.h"
#include "ops/manifest.h"

namespace comdev::ops {

struct BackupRequest {
  std::string database_url;
  std::filesystem::path data_dir;  // Config::data_dir: the file store is data_dir/files
  std::filesystem::path dir;       // the backup folder: absent or empty
  std::string comdev_version;
  std::string now;  // UTC ISO-8601, for the manifest
};

// Error::conflict("backup.dir_not_empty") when `dir` exists and holds anything;
// Error::unavailable when the database, pg_dump or the disk fails (the folder then has no
// manifest.json, and a restore refuses it).
Result<Manifest> backup(const BackupRequest& request);

struct RestoreRequest {
  std::string database_url;  // an empty database
  std::filesystem::path data_dir;
  std::filesystem::path dir;             // a folder written by backup()
  std::filesystem::path migrations_dir;  // applied after the restore
};

struct Restored {
  Manifest manifest;
  int schema_version = 0;  // after the migrations
  std::uint64_t files = 0;
};

// Checks before writing anything: Error::invalid("restore.bad_manifest") for a folder without a
// readable manifest or made for the other database driver, Error::invalid(
// "restore.checksum_mismatch") for a dump whose SHA-256 is not the manifest's, Error::invalid(
// "restore.newer_schema") for a backup of a newer ComDev, Error::conflict(
// "restore.database_not_empty") for a target with any table.
Result<Restored> restore(const RestoreRequest& request);

}  // namespace comdev::ops
