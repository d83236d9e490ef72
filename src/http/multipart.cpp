#include "http/multipart.h"

#include "core/text.h"

#include <cctype>

#include "core/utf8.h"

namespace comdev::http {
namespace {

// Value of `key` in a header's ";"-separated parameters (quoted or not), or nothing.
std::optional<std::string> header_param(std::string_view header, std::string_view key) {
  constexpr auto npos = std::string_view::npos;
  std::size_t i = header.find(';');
  while (i != npos && i < header.size()) {
    ++i;  // past ';'
    std::size_t eq = header.find_first_of("=;", i);
    if (eq == npos) return std::nullopt;
    if (header[eq] == ';') {
      i = eq;
      continue;
    }
    std::string name = core::to_lower_ascii(core::trim_blanks(header.substr(i, eq - i)));
    std::size_t j = eq + 1;
    while (j < header.size() && (header[j] == ' ' || header[j] == '\t')) ++j;
    std::string value;
    if (j < header.size() && header[j] == '"') {
      // No backslash escapes: browsers send Windows paths raw and encode '"' as %22 (HTML spec).
      for (++j; j < header.size() && header[j] != '"'; ++j) {
        value += header[j];
      }
      i = header.find(';', j);
    } else {
      std::size_t end = header.find(';', j);
      value = std::string(core::trim_blanks(header.substr(j, end == npos ? npos : end - j)));
      i = end;
    }
    if (name == key) return value;
  }
  return std::nullopt;
}

Error invalid() {
  return Error::invalid("errors.multipart.invalid");
}

}  // namespace

namespace multipart_detail {

Result<PartHead> parse_part_head(std::string_view headers) {
  PartHead head;
  std::optional<std::string> name;
  std::size_t line_start = 0;
  while (line_start <= headers.size()) {
    std::size_t eol = headers.find("\r\n", line_start);
    if (eol == std::string_view::npos) eol = headers.size();
    std::string_view line = headers.substr(line_start, eol - line_start);
    line_start = eol + 2;
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string key = core::to_lower_ascii(core::trim_blanks(line.substr(0, colon)));
    std::string_view value = core::trim_blanks(line.substr(colon + 1));
    if (key == "content-disposition") {
      name = header_param(value, "name");
      head.filename = header_param(value, "filename");
    } else if (key == "content-type") {
      head.type = std::string(value);
    }
  }
  if (!name) return invalid().with_detail("part without a name");
  if (!is_valid_utf8(*name)) return Error::invalid("errors.form.invalid_utf8");
  head.name = std::move(*name);
  if (head.filename) {
    // Browsers on some systems send a full path; only the last component is meaningful.
    std::size_t slash = head.filename->find_last_of("/\\");
    if (slash != std::string::npos) head.filename->erase(0, slash + 1);
    if (!is_valid_utf8(*head.filename)) return Error::invalid("errors.form.invalid_utf8");
  }
  return head;
}

Status add_part(MultipartForm& out, PartHead head, std::string_view content,
                const MultipartLimits& limits) {
  if (head.filename) {
    UploadedFile f;
    f.field_name = std::move(head.name);
    f.filename = std::move(*head.filename);
    f.content_type = std::move(head.type);
    f.bytes = std::string(content);
    out.files.push_back(std::move(f));
    return {};
  }
  if (content.size() > limits.max_field_bytes) {
    return Error::invalid("errors.form.field_too_long");
  }
  if (!is_valid_utf8(content)) return Error::invalid("errors.form.invalid_utf8");
  out.fields.add(std::move(head.name), std::string(content));
  return {};
}

}  // namespace multipart_detail

using multipart_detail::add_part;
using multipart_detail::parse_part_head;

std::optional<std::string> multipart_boundary(std::string_view content_type) {
  std::size_t semi = content_type.find(';');
  if (core::to_lower_ascii(core::trim_blanks(content_type.substr(0, semi))) !=
      "multipart/form-data")
    return std::nullopt;
  auto b = header_param(content_type, "boundary");
  if (!b || b->empty() || b->size() > 70) return std::nullopt;
  return b;
}

Result<MultipartForm> parse_multipart(std::string_view content_type, std::string_view body,
                                      const MultipartLimits& limits) {
  auto boundary = multipart_boundary(content_type);
  if (!boundary) return invalid().with_detail("no multipart boundary");
  const std::string delimiter = "--" + *boundary;
  const std::string separator = "\r\n" + delimiter;

  MultipartForm out;
  std::size_t pos = body.find(delimiter);
  if (pos == std::string_view::npos) return invalid().with_detail("no first delimiter");
  pos += delimiter.size();
  std::size_t parts = 0;
  while (true) {
    if (body.substr(pos, 2) == "--") return out;  // closing delimiter
    if (body.substr(pos, 2) != "\r\n") return invalid().with_detail("bad delimiter line");
    pos += 2;
    if (++parts > limits.max_parts) return Error::invalid("errors.multipart.too_many_parts");

    std::size_t headers_end = body.find("\r\n\r\n", pos);
    if (headers_end == std::string_view::npos) return invalid().with_detail("unterminated headers");
    std::string_view headers = body.substr(pos, headers_end - pos);
    std::size_t content_start = headers_end + 4;
    std::size_t content_end = body.find(separator, content_start);
    if (content_end == std::string_view::npos) return invalid().with_detail("truncated part");

    auto head = parse_part_head(headers);
    if (!head) return head.error();
    std::string_view content = body.substr(content_start, content_end - content_start);
    if (content.size() > limits.max_part_bytes) {
      return Error::invalid("errors.multipart.part_too_large");
    }
    if (auto st = add_part(out, std::move(*head), content, limits); !st) return st.error();
    pos = content_end + separator.size();
  }
}

}  // namespace comdev::http
