// parse_multipart_file: a multipart body on disk, read in 64 KiB blocks. First every delimiter
// line is located (a delimiter split across two blocks is found through an overlap as long as
// the delimiter), then each part's header block is read; text fields are read whole, files stay
// ranges of the file.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <vector>

#include "http/multipart.h"

namespace comdev::http {
namespace {

using multipart_detail::add_part;
using multipart_detail::parse_part_head;

constexpr std::size_t kBlock = 64 * 1024;
constexpr std::size_t kMaxPartHead = 16 * 1024;

Error invalid(std::string detail) {
  return Error::invalid("errors.multipart.invalid").with_detail(std::move(detail));
}

struct File {
  int fd = -1;
  ~File() {
    if (fd >= 0) ::close(fd);
  }
  // Up to `n` bytes at `at`; fewer at the end of the file.
  Result<std::string> read(std::uint64_t at, std::size_t n) const {
    std::string out(n, '\0');
    std::size_t got = 0;
    while (got < n) {
      ssize_t r = ::pread(fd, out.data() + got, n - got, static_cast<off_t>(at + got));
      if (r < 0 && errno == EINTR) continue;
      if (r < 0) return Error::internal("multipart: cannot read the spooled body");
      if (r == 0) break;
      got += static_cast<std::size_t>(r);
    }
    out.resize(got);
    return out;
  }
};

// Offsets of "--boundary" where it starts a line (at 0 or after CRLF), in order.
Result<std::vector<std::uint64_t>> delimiters(const File& f, const std::string& delimiter) {
  std::vector<std::uint64_t> found;
  const std::size_t overlap = delimiter.size() + 2;
  std::uint64_t at = 0;
  std::string carry;  // the previous block's last `overlap` bytes
  while (true) {
    auto block = f.read(at, kBlock);
    if (!block) return block.error();
    if (block->empty()) break;
    const std::string window = carry + *block;
    const std::uint64_t base = at - carry.size();
    for (std::size_t i = window.find(delimiter); i != std::string::npos;
         i = window.find(delimiter, i + 1)) {
      std::uint64_t pos = base + i;
      bool line_start = pos == 0 || (i >= 2 && window.compare(i - 2, 2, "\r\n") == 0);
      if (line_start && (found.empty() || pos > found.back())) found.push_back(pos);
    }
    at += block->size();
    carry = window.substr(window.size() - std::min(window.size(), overlap));
  }
  return found;
}

}  // namespace

Result<MultipartForm> parse_multipart_file(std::string_view content_type, const std::string& path,
                                           const MultipartLimits& limits) {
  auto boundary = multipart_boundary(content_type);
  if (!boundary) return invalid("no multipart boundary");
  const std::string delimiter = "--" + *boundary;
  File f;
  f.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (f.fd < 0) return Error::internal("multipart: cannot open the spooled body");
  auto at = delimiters(f, delimiter);
  if (!at) return at.error();
  if (at->empty()) return invalid("no first delimiter");

  MultipartForm out;
  for (std::size_t k = 0; k < at->size(); ++k) {
    const std::uint64_t after = (*at)[k] + delimiter.size();
    auto tail = f.read(after, 2);
    if (!tail) return tail.error();
    if (*tail == "--") return out;  // closing delimiter
    if (*tail != "\r\n") return invalid("bad delimiter line");
    if (k + 1 == at->size()) return invalid("truncated part");
    if (k + 1 > limits.max_parts) return Error::invalid("errors.multipart.too_many_parts");
    const std::uint64_t start = after + 2;
    const std::uint64_t end = (*at)[k + 1] - 2;  // the CRLF before the next delimiter
    if (end < start) return invalid("empty part");
    auto head_block =
        f.read(start, static_cast<std::size_t>(std::min<std::uint64_t>(end - start, kMaxPartHead)));
    if (!head_block) return head_block.error();
    std::size_t head_end = head_block->find("\r\n\r\n");
    if (head_end == std::string::npos) return invalid("unterminated headers");
    auto head = parse_part_head(std::string_view(*head_block).substr(0, head_end));
    if (!head) return head.error();
    const std::uint64_t content_start = start + head_end + 4;
    const std::uint64_t content_size = end - content_start;
    if (head->filename) {
      out.files.push_back({std::move(head->name),
                           std::move(*head->filename),
                           std::move(head->type),
                           {},
                           path,
                           content_start,
                           content_size});
      continue;
    }
    if (content_size > limits.max_field_bytes) return Error::invalid("errors.form.field_too_long");
    auto content = f.read(content_start, static_cast<std::size_t>(content_size));
    if (!content) return content.error();
    if (auto st = add_part(out, std::move(*head), *content, limits); !st) return st.error();
  }
  return invalid("no closing delimiter");
}

}  // namespace comdev::http
