#include "ops/file_tree.h"

#include <sodium.h>

#include <fstream>
#include <vector>

#include "files/backup_hold.h"
#include "files/file_store.h"

namespace comdev::ops {

namespace fs = std::filesystem;

Result<std::string> sha256_of_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::unavailable("cannot read " + path.string());
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  std::vector<char> buf(1 << 16);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    auto n = in.gcount();
    if (n > 0) {
      crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(buf.data()),
                                static_cast<unsigned long long>(n));
    }
  }
  if (in.bad()) return Error::unavailable("error reading " + path.string());
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&st, digest);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char b : digest) {
    out += hex[b >> 4];
    out += hex[b & 15];
  }
  return out;
}

Result<TreeStats> copy_tree(const fs::path& from, const fs::path& to, const CopyOptions& options) {
  TreeStats stats;
  std::error_code ec;
  if (!fs::exists(from, ec)) return stats;
  bool try_links = options.mode == CopyMode::link_or_copy;
  fs::recursive_directory_iterator it(from, ec), end;
  if (ec) return Error::unavailable("cannot list " + from.string() + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return Error::unavailable("listing " + from.string() + ": " + ec.message());
    const fs::path rel = fs::relative(it->path(), from);
    if (it.depth() == 0 && rel == "tmp") {
      it.disable_recursion_pending();
      continue;
    }
    if (it.depth() == 0 && rel == files::BackupHold::kName) continue;  // the running backup's mark
    if (!it->is_regular_file()) continue;
    const fs::path dest = to / rel;
    if (options.verify_hashes && files::is_sha256(rel.filename().string())) {
      auto sum = sha256_of_file(it->path());
      if (!sum) return sum.error();
      if (*sum != rel.filename().string()) {
        return Error::invalid("restore.file_damaged")
            .with_detail("the content of " + it->path().string() + " does not match its name");
      }
    }
    fs::create_directories(dest.parent_path(), ec);
    if (ec) return Error::unavailable("cannot create " + dest.parent_path().string());
    if (!fs::exists(dest)) {
      bool linked = false;
      if (try_links) {
        fs::create_hard_link(it->path(), dest, ec);
        linked = !ec;
        // A link refused once (another file system) is refused for every file.
        if (!linked) try_links = false;
      }
      if (!linked) {
        // Through a temporary name: a copy cut short never sits at the final name, where a
        // later run would take it for complete.
        fs::path part = dest;
        part += ".part";
        fs::copy_file(it->path(), part, fs::copy_options::overwrite_existing, ec);
        if (!ec) fs::rename(part, dest, ec);
        if (ec) {
          return Error::unavailable("cannot copy " + it->path().string() + " to " + dest.string() +
                                    ": " + ec.message());
        }
      }
    }
    ++stats.count;
    stats.bytes += it->file_size();
  }
  return stats;
}

}  // namespace comdev::ops
