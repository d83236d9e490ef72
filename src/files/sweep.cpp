#include "files/sweep.h"

#include <sys/stat.h>

#include <filesystem>
#include <vector>

#include "files/backup_hold.h"

namespace comdev::files {
namespace {

namespace fs = std::filesystem;

// Last modification as a system_clock time (the file clock's epoch is not the system's).
std::chrono::system_clock::time_point modified(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return std::chrono::system_clock::now();
  return std::chrono::system_clock::time_point(std::chrono::seconds(st.st_mtim.tv_sec));
}

}  // namespace

Result<Swept> sweep(FileStore& store, std::chrono::system_clock::time_point now,
                    std::chrono::seconds grace, const IsReferenced& referenced,
                    const std::atomic<bool>& stop) {
  Swept out;
  const fs::path root(store.root());
  const auto before = now - grace;
  std::error_code ec;
  if (!fs::exists(root, ec)) return out;
  if (backup_in_progress(root)) return out;  // the next run, after the backup, sweeps

  // Listed first, then removed: remove() takes derivatives the walk would meet later.
  std::vector<fs::path> old;
  for (auto it = fs::recursive_directory_iterator(root, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && modified(it->path()) < before) old.push_back(it->path());
  }
  if (ec) return Error::internal("files: cannot list " + root.string() + ": " + ec.message());

  for (const auto& p : old) {
    if (stop) break;
    if (p.parent_path() == root / "tmp") {
      // An upload's copy this old was cut short (put() renames or removes its own at once).
      if (fs::remove(p, ec)) ++out.temporaries;
      continue;
    }
    const std::string name = p.filename().string();
    const std::string sha = name.substr(0, 64);
    if (!is_sha256(sha) || p.parent_path() != fs::path(store.path_of(sha)).parent_path()) continue;
    if (!fs::exists(p, ec)) continue;  // removed with its original just before
    auto used = referenced(sha);
    if (!used) return used.error();
    if (*used) continue;
    if (name == sha) {
      if (auto st = store.remove(sha); !st) return st.error();
      ++out.removed;
    } else if (!store.exists(sha)) {
      // A derivative (or its .tmp) made by an upload that never renamed its original.
      if (fs::remove(p, ec)) ++out.leftovers;
    }
  }
  return out;
}

}  // namespace comdev::files
