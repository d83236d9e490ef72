// While a backup copies the file store, nothing is removed from it: the backup's database
// snapshot was taken first, and a file a deletion or the sweeper removed before the copy reached
// it would be missing from the backup while its rows name it. The backup marks the store with a
// file of its own (`.backup-hold` at its root) for as long as it runs; FileStore::remove and the
// sweeper leave files in place while the mark is there (the sweeper takes them on a later run).
// A mark older than kBackupHoldStale is a backup that died: it no longer holds anything back.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

#include "core/result.h"

namespace comdev::files {

inline constexpr std::chrono::hours kBackupHoldStale{12};

// Whether a backup is copying the store under `root` now.
bool backup_in_progress(const std::filesystem::path& root);

// The mark, held for the lifetime of the object.
class BackupHold {
 public:
  // Marks the store under `root` (created if missing).
  static Result<BackupHold> take(const std::filesystem::path& root);
  BackupHold(BackupHold&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  BackupHold& operator=(BackupHold&&) = delete;
  BackupHold(const BackupHold&) = delete;
  ~BackupHold();

  // The mark's name, which a copy of the store leaves out.
  static constexpr const char* kName = ".backup-hold";

 private:
  explicit BackupHold(std::filesystem::path p) : path_(std::move(p)) {}
  std::filesystem::path path_;
};

}  // namespace comdev::files
