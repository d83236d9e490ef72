// multipart/form-data parsing (RFC 7578), std only: the upload forms (photos, documents).
// The whole body is already in memory (the server caps it at Options::max_body_bytes); this
// splits it into text fields (a Form, UTF-8 checked like parse_form) and files (raw bytes).
// Expected failures are Error::invalid with one of these message ids:
//   errors.multipart.invalid (no boundary, missing delimiter, bad part header),
//   errors.multipart.too_many_parts, errors.multipart.part_too_large, errors.form.invalid_utf8
#pragma once

#include <cstddef>
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
  std::string bytes;
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

}  // namespace comdev::http
