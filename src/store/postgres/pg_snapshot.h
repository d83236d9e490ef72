// The PostgreSQL half of store/snapshot.h: pg_dump and pg_restore as child processes.
#pragma once

#include <filesystem>
#include <string>

#include "core/result.h"
#include "store/snapshot.h"

namespace comdev::store::postgres {

Result<SnapshotInfo> take_snapshot(const std::string& url, const std::filesystem::path& dest);
Result<bool> is_empty(const std::string& url);
Status restore_snapshot(const std::string& url, const std::filesystem::path& src,
                        const std::string& from_schema);

}  // namespace comdev::store::postgres
