// The upload form (page and API share it): a title (optional: the file's name without its
// extension), a kind, exactly one file. Field errors are catalogue keys; limits live here.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/documents/document.h"
#include "http/multipart.h"

namespace comdev::documents {

// The one file of the form, or Error::invalid naming the field "file"
// ("documents.errors.no_file" when none was chosen, "files.errors.empty" for zero bytes).
Result<const http::UploadedFile*> the_file(const std::vector<http::UploadedFile>& files);

// REQUIRES: `file` is the_file()'s answer.
Result<UploadInput> parse_upload(std::string_view title, std::string_view kind,
                                 const http::UploadedFile& file);

}  // namespace comdev::documents
