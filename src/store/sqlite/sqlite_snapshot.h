// The SQLite half of store/snapshot.h: the online backup API between two files.
#pragma once

#include <filesystem>
#include <string>

#include "core/result.h"
#include "store/snapshot.h"

namespace comdev::store::sqlite {

Result<SnapshotInfo> take_snapshot(const std::string& path, const std::filesystem::path& dest);
Result<bool> is_empty(const std::string& path);
Status restore_snapshot(const std::string& path, const std::filesystem::path& src);

}  // namespace comdev::store::sqlite
