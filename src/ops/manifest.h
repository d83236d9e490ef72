// The manifest of a backup folder (manifest.json): what the folder holds, so that `comdev
// restore` can check it before touching anything. Written last by `comdev backup`: a folder
// without it is an unfinished backup.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"

namespace comdev::ops {

// The manifest's own format; a restore refuses another.
inline constexpr int kManifestFormat = 1;

struct Manifest {
  int format = kManifestFormat;
  std::string comdev_version;
  std::string created_at;       // UTC ISO-8601
  std::string driver;           // "sqlite" or "postgres"
  int schema_version = 0;       // the latest migration applied in the database dump
  std::string database_file;    // "comdev.sqlite" or "comdev.pgdump", inside the folder
  std::string database_sha256;  // of that file, 64 lower-case hex digits
  std::uint64_t database_bytes = 0;
  std::string database_schema;   // PostgreSQL: the schema dumped
  std::uint64_t file_count = 0;  // under files/, derivatives included
  std::uint64_t file_bytes = 0;
};

std::string to_json(const Manifest& m);

// Error::invalid("restore.bad_manifest") with a detail naming what is missing or malformed.
Result<Manifest> parse_manifest(const std::string& text);

}  // namespace comdev::ops
