// multipart/form-data parsing (RFC 7578), std only: the upload forms (photos, documents).
// Splits a body into text fields (a Form, UTF-8 checked like parse_form) and files: from a body in
// memory (the server caps it at Options::max_body_bytes) a file's bytes are copied; from a body
// the server spooled to disk (Request::body_file, routes allowing large uploads) a file is a range
// of that file, read later in blocks, so a 20 MB upload is never in memory.
// Expected failures are Error::invalid with one of these message ids:
//   errors.multipart.invalid (no boundary, missing delimiter, bad part header),
//   errors.multipart.too_many_parts, errors.multipart.part_too_large, errors.form.invalid_utf8
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "http/form.h"

namespace comdev::http {

struct UploadedFile {
  std::string field_name;    // the form field's name
  std::string filename;      // as sent, without any directory part; may be empty
  std::string content_type;  // as sent by the browser: never trust it for security decisions
  std::string bytes;         // when the body was in memory
  // When the body was spooled to disk: the part's bytes are [offset, offset + size) of this file.
  std::string spool_path;
  std::uint64_t offset = 0;
  std::uint64_t size = 0;

  std::uint64_t length() const { return spool_path.empty() ? bytes.size() : size; }
};

struct MultipartForm {
  Form fields;
  std::vector<UploadedFile> files;
};

struct MultipartLimits {
  // One part per field: the profile form's skill picker alone sends one select per skill of the
  // taxonomy (230 and growing), all of them, chosen or not.
  std::size_t max_parts = 1000;
  std::size_t max_part_bytes = 8 * 1024 * 1024;
  std::size_t max_field_bytes = 64 * 1024;  // for text fields (parts without a filename)
};

// The boundary parameter of a multipart/form-data Content-Type, or nothing.
std::optional<std::string> multipart_boundary(std::string_view content_type);

Result<MultipartForm> parse_multipart(std::string_view content_type, std::string_view body,
                                      const MultipartLimits& limits = {});

// The same from a body on disk, reading it in blocks. Files are ranges of `path` (no
// max_part_bytes: the route's body limit bounds them); text fields are read into memory under
// max_field_bytes. The file must outlive the returned files' use.
Result<MultipartForm> parse_multipart_file(std::string_view content_type, const std::string& path,
                                           const MultipartLimits& limits = {});

namespace multipart_detail {
// Shared by both parsers (multipart.cpp, multipart_file.cpp).
struct PartHead {
  std::string name;
  std::optional<std::string> filename;
  std::string type;
};
Result<PartHead> parse_part_head(std::string_view headers);
// Adds a text field (content checked) or a file (content copied) to `out`.
Status add_part(MultipartForm& out, PartHead head, std::string_view content,
                const MultipartLimits& limits);
}  // namespace multipart_detail

}  // namespace comdev::http
