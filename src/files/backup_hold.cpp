#include "files/backup_hold.h"

#include <fstream>
#include <system_error>

namespace comdev::files {

namespace fs = std::filesystem;

bool backup_in_progress(const fs::path& root) {
  std::error_code ec;
  auto at = fs::last_write_time(root / BackupHold::kName, ec);
  if (ec) return false;
  return fs::file_time_type::clock::now() - at < kBackupHoldStale;
}

Result<BackupHold> BackupHold::take(const fs::path& root) {
  std::error_code ec;
  fs::create_directories(root, ec);
  const fs::path p = root / kName;
  std::ofstream out(p, std::ios::trunc);
  out << "a backup is copying this folder; nothing is removed from it meanwhile\n";
  if (!out) return Error::internal("files: cannot write " + p.string());
  return BackupHold(p);
}

BackupHold::~BackupHold() {
  if (path_.empty()) return;
  std::error_code ec;
  fs::remove(path_, ec);
}

}  // namespace comdev::files
