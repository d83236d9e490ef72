#include "files/file_store.h"

#include <fcntl.h>
#include <malloc.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "files/backup_hold.h"

namespace comdev::files {
namespace {

namespace fs = std::filesystem;
constexpr std::size_t kBlock = 64 * 1024;

// Closes the descriptor and removes the temporary file unless it was renamed into place.
struct TempFile {
  std::string path;
  int fd = -1;
  ~TempFile() {
    if (fd >= 0) ::close(fd);
    if (!path.empty()) ::unlink(path.c_str());
  }
};

std::string hex(const unsigned char* p, std::size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    out += kHex[p[i] >> 4];
    out += kHex[p[i] & 0xf];
  }
  return out;
}

bool write_all(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

Error disk_error(const std::string& what, const std::string& path) {
  return Error::internal("files: " + what + " " + path + ": " + std::strerror(errno));
}

// Copies `src` to `fd`, hashing it; fails beyond `max_bytes`.
Result<std::string> copy_and_hash(const Source& src, int fd, std::uint64_t max_bytes) {
  if (src.length() > max_bytes) return Error::invalid("files.errors.too_large");
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  if (src.path.empty()) {
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(src.bytes.data()),
                              src.bytes.size());
    if (!write_all(fd, src.bytes.data(), src.bytes.size())) return disk_error("write", "tmp");
  } else {
    int in = ::open(src.path.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return disk_error("open", src.path);
    std::string buf(kBlock, '\0');
    std::uint64_t left = src.size, at = src.offset;
    while (left > 0) {
      ssize_t r =
          ::pread(in, buf.data(), std::min<std::uint64_t>(left, kBlock), static_cast<off_t>(at));
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0 || !write_all(fd, buf.data(), static_cast<std::size_t>(r))) {
        ::close(in);
        return disk_error("copy", src.path);
      }
      crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(buf.data()),
                                static_cast<std::size_t>(r));
      left -= static_cast<std::uint64_t>(r);
      at += static_cast<std::uint64_t>(r);
    }
    ::close(in);
    // The copied pages are not needed in the cache: a burst of uploads should not push the
    // pages of the database out of it.
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  }
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&st, digest);
  return hex(digest, sizeof digest);
}

}  // namespace

bool is_sha256(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

FileStore::FileStore(std::string root) : root_(std::move(root)) {}

std::string FileStore::path_of(std::string_view sha) const {
  std::string p = root_;
  p += '/';
  p += sha.substr(0, 2);
  p += '/';
  p += sha.substr(2, 2);
  p += '/';
  p += sha;
  return p;
}

std::string FileStore::path_of(std::string_view sha, Derivative d) const {
  return path_of(sha) + std::string(suffix_of(d));
}

Result<StoredFile> FileStore::put(const Source& src, std::uint64_t max_bytes) {
  if (src.length() == 0) return Error::invalid("files.errors.empty");
  std::error_code ec;
  fs::create_directories(root_ + "/tmp", ec);
  if (ec) return Error::internal("files: cannot create " + root_ + "/tmp: " + ec.message());
  TempFile tmp;
  std::string templ = root_ + "/tmp/upload-XXXXXX";
  tmp.fd = ::mkostemp(templ.data(), O_CLOEXEC);
  if (tmp.fd < 0) return disk_error("create", templ);
  tmp.path = templ;
  auto sha = copy_and_hash(src, tmp.fd, max_bytes);
  if (!sha) return sha.error();
  if (::fsync(tmp.fd) != 0) return disk_error("fsync", tmp.path);
  ::close(tmp.fd);
  tmp.fd = -1;

  auto type = detect_type(tmp.path);
  if (!type) return type.error();
  StoredFile out{*sha, src.length(), *type, false};

  const std::string final_path = path_of(out.sha256);
  fs::create_directories(fs::path(final_path).parent_path(), ec);
  if (ec) return Error::internal("files: cannot create folder for " + final_path);
  if (is_image(*type) || *type == Type::pdf) {
    // Made from the temporary file, so an image libvips cannot read is refused before it is
    // kept. A PDF whose first page does not render is still a document: it just has no preview.
    out.has_derivatives = true;
    for (Derivative d : {Derivative::thumbnail, Derivative::preview}) {
      std::string dest = path_of(out.sha256, d);
      if (::access(dest.c_str(), F_OK) == 0) continue;
      if (auto st = make_derivative(tmp.path, dest, d); !st) {
        if (is_image(*type)) return st.error();
        out.has_derivatives = false;
        break;
      }
    }
  }
  // The blocks, libmagic's buffers and libvips's pixels were freed, but glibc keeps them in each
  // worker's arena; give them back so a burst of uploads does not leave the server larger.
  ::malloc_trim(0);
  ::chmod(tmp.path.c_str(), 0644);
  if (::access(final_path.c_str(), F_OK) != 0) {
    if (::rename(tmp.path.c_str(), final_path.c_str()) != 0) {
      return disk_error("rename", final_path);
    }
    tmp.path.clear();
    out.created = true;
  } else {
    // Already stored: its time now says "in use", so the sweeper leaves it to this upload.
    ::utimensat(AT_FDCWD, final_path.c_str(), nullptr, 0);
  }
  return out;
}

bool FileStore::readable(const std::string& path) const {
  return ::access(path.c_str(), R_OK) == 0;
}

bool FileStore::exists(std::string_view sha256) const {
  return ::access(path_of(sha256).c_str(), F_OK) == 0;
}

Status FileStore::remove(std::string_view sha256) {
  if (!is_sha256(sha256)) return Error::internal("files: not a hash: " + std::string(sha256));
  // A backup copying the store must find every file its snapshot's rows name: the file stays,
  // unnamed, for the sweeper's next run after the backup.
  if (backup_in_progress(root_)) return {};
  // Derivatives first: a crash in between leaves an original without its previews (made again by
  // no one, but harmless), never a preview of a file that is gone.
  for (const std::string& p : {path_of(sha256, Derivative::thumbnail),
                               path_of(sha256, Derivative::preview), path_of(sha256)}) {
    if (::unlink(p.c_str()) != 0 && errno != ENOENT) return disk_error("unlink", p);
  }
  return {};
}

Result<std::string> FileStore::read(const std::string& path) const {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::not_found();
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Error::internal("files: cannot read " + path);
  return std::move(ss).str();
}

}  // namespace comdev::files
