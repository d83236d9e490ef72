// FileStore: content-addressed files on disk, the one place uploads live (ARCHITECTURE.md §12).
//
//   <root>/ab/cd/<sha256>               the bytes as uploaded (ab, cd: the hash's first 4 digits)
//   <root>/ab/cd/<sha256>.thumb.jpg     derivatives of images and of a PDF's first page
//                                       (derivatives.h), without metadata
//   <root>/ab/cd/<sha256>.preview.jpg
//   <root>/tmp/                         uploads being written; safe to empty when stopped
//
// put() copies the bytes into tmp/ in small blocks while hashing them (a 20 MB upload never sits
// in memory), decides the type from the content, makes the derivatives, then renames
// into place: a file under its hash is always complete, and the same bytes uploaded twice are
// stored once. Nothing is ever rewritten, so a backup is a copy of <root> (rsync, no lock).
// Deleting is the owner's business: rows elsewhere say which hashes are still used. A put() of
// bytes already stored refreshes the file's time, so that a file some upload is about to name is
// never taken for an old orphan (sweep.h).
//
// Thread-safety: every method may be called from any thread; two puts of the same bytes race
// harmlessly (rename is atomic, the content identical).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "files/derivatives.h"
#include "files/file_type.h"

namespace comdev::files {

// Where put() reads from: bytes in memory, or a range of a file (a request body spooled to disk
// by the server, of which the upload is one part).
struct Source {
  std::string_view bytes;  // used when `path` is empty
  std::string path;
  std::uint64_t offset = 0;
  std::uint64_t size = 0;

  static Source memory(std::string_view b) { return {b, {}, 0, b.size()}; }
  static Source range(std::string p, std::uint64_t off, std::uint64_t n) {
    return {{}, std::move(p), off, n};
  }
  std::uint64_t length() const { return path.empty() ? bytes.size() : size; }
};

struct StoredFile {
  std::string sha256;  // 64 lower-case hex digits
  std::uint64_t size = 0;
  Type type = Type::pdf;
  // Thumbnail and preview exist: images, and PDFs whose first page renders.
  bool has_derivatives = false;
  // This put() wrote the file; false: the same bytes were already stored.
  bool created = false;
};

class FileStore {
 public:
  // REQUIRES: `root` is a folder this process may create and write.
  explicit FileStore(std::string root);

  // Stores `src`. Error::invalid with "files.errors.empty", "files.errors.too_large" (over
  // `max_bytes`), "files.errors.type_refused", "files.errors.damaged_image",
  // "files.errors.image_too_large"; Error::internal when the disk fails (full, permissions).
  Result<StoredFile> put(const Source& src, std::uint64_t max_bytes);

  // REQUIRES: `sha256` is 64 hex digits (is_sha256); the paths need not exist.
  std::string path_of(std::string_view sha256) const;
  std::string path_of(std::string_view sha256, Derivative d) const;

  // The whole file (a download), or Error::not_found when it is missing.
  Result<std::string> read(const std::string& path) const;

  bool exists(std::string_view sha256) const;
  // Whether `path` (a path_of() result) is a file this process may read: a download's check.
  bool readable(const std::string& path) const;
  // Removes the file and its derivatives; a part already missing is no error. The caller has
  // checked that no row names `sha256` any more. While a backup copies the store (backup_hold.h)
  // it removes nothing: the file stays for the sweeper.
  Status remove(std::string_view sha256);

  const std::string& root() const { return root_; }

 private:
  std::string root_;
};

bool is_sha256(std::string_view s);

}  // namespace comdev::files
