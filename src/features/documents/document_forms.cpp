#include "features/documents/document_forms.h"

#include "core/text.h"
#include "core/utf8.h"
#include "features/documents/document_rules.h"

namespace comdev::documents {

Result<const http::UploadedFile*> the_file(const std::vector<http::UploadedFile>& files) {
  const http::UploadedFile* found = nullptr;
  for (const auto& f : files) {
    if (f.field_name != "file") continue;
    // A browser sends an empty part with no name when nothing was chosen.
    if (f.filename.empty() && f.length() == 0) continue;
    if (found) return Error::invalid("errors.invalid", {{"file", "documents.errors.one_file"}});
    found = &f;
  }
  if (!found) return Error::invalid("errors.invalid", {{"file", "documents.errors.no_file"}});
  if (found->length() == 0)
    return Error::invalid("errors.invalid", {{"file", "files.errors.empty"}});
  if (found->length() > kMaxFileBytes) {
    return Error::invalid("errors.invalid", {{"file", "files.errors.too_large"}});
  }
  return found;
}

Result<UploadInput> parse_upload(std::string_view title, std::string_view kind,
                                 const http::UploadedFile& file) {
  UploadInput in;
  std::vector<FieldError> errors;
  in.title = std::string(core::trim_space(title));
  if (in.title.empty()) in.title = title_from_filename(file.filename);
  if (in.title.empty()) {
    errors.push_back({"title", "documents.errors.title_required"});
  } else if (!is_valid_utf8(in.title) || utf8_length(in.title) > kMaxTitleChars) {
    errors.push_back({"title", "documents.errors.title_too_long"});
  }
  if (kind.empty()) {
    in.kind = Kind::other;
  } else if (auto k = parse_kind(kind)) {
    in.kind = *k;
  } else {
    errors.push_back({"kind", "documents.errors.kind"});
  }
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return in;
}

}  // namespace comdev::documents
