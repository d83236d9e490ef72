// Copies of the content-addressed file store (src/files/file_store.h) for backups, and the
// SHA-256 of a file.
//
// A file under its hash is never rewritten (file_store.h), so a copy may be a hard link: the
// backup takes no room on the same disk, and stays right when the store later deletes a file
// (the link keeps the bytes). Across file systems, or where links are refused, bytes are copied.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/result.h"

namespace comdev::ops {

struct TreeStats {
  std::uint64_t count = 0;  // regular files
  std::uint64_t bytes = 0;
};

enum class CopyMode {
  link_or_copy,  // a hard link when the two folders share a file system
  copy,
};

struct CopyOptions {
  CopyMode mode = CopyMode::link_or_copy;
  // Check each file named by a SHA-256 (not the derivatives) against its content on the way,
  // so a damaged backup is found before it is restored. Error::invalid("restore.file_damaged").
  bool verify_hashes = false;
};

// Copies every regular file under `from` into `to` at the same relative path, except the
// store's top-level tmp/ (uploads being written) and a backup's mark (files/backup_hold.h). A file
// already at its place in `to` is left as it is (same name, same content). A missing `from` is an
// empty tree.
Result<TreeStats> copy_tree(const std::filesystem::path& from, const std::filesystem::path& to,
                            const CopyOptions& options);

// The SHA-256 of a file's bytes, as 64 lower-case hex digits; Error::unavailable when it cannot
// be read.
Result<std::string> sha256_of_file(const std::filesystem::path& path);

}  // namespace comdev::ops
