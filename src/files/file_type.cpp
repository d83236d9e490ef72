#include "files/file_type.h"

#include <magic.h>
#include <sys/stat.h>

#include <memory>

namespace comdev::files {
namespace {

struct Info {
  Type type;
  std::string_view name, mime, extension;
};

constexpr Info kInfo[] = {
    {Type::pdf, "pdf", "application/pdf", ".pdf"},
    {Type::odt, "odt", "application/vnd.oasis.opendocument.text", ".odt"},
    {Type::docx, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     ".docx"},
    {Type::xlsx, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
     ".xlsx"},
    {Type::ods, "ods", "application/vnd.oasis.opendocument.spreadsheet", ".ods"},
    {Type::csv, "csv", "text/csv", ".csv"},
    {Type::jpeg, "jpeg", "image/jpeg", ".jpg"},
    {Type::png, "png", "image/png", ".png"},
    {Type::webp, "webp", "image/webp", ".webp"},
};

const Info& info(Type t) {
  return kInfo[static_cast<int>(t)];
}

struct MagicClose {
  void operator()(magic_t m) const { magic_close(m); }
};

// One handle per thread, opened on first use: magic_load maps the compiled database once.
magic_t thread_magic() {
  thread_local std::unique_ptr<std::remove_pointer_t<magic_t>, MagicClose> handle = [] {
    magic_t m = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR | MAGIC_NO_CHECK_COMPRESS);
    if (m && magic_load(m, nullptr) != 0) {
      magic_close(m);
      m = nullptr;
    }
    // libmagic reads up to 7 MiB of a file by default and, for text, converts what it read to
    // 32-bit characters: four 20 MB uploads at once held ~90 MB. The types we accept are told by
    // their first kilobytes (a ZIP's first entries, a PDF's header, an image's), so 1 MiB is ample.
    std::size_t max_bytes = 1 << 20;
    if (m) magic_setparam(m, MAGIC_PARAM_BYTES_MAX, &max_bytes);
    return std::unique_ptr<std::remove_pointer_t<magic_t>, MagicClose>(m);
  }();
  return handle.get();
}

}  // namespace

std::string_view mime_of(Type t) {
  return info(t).mime;
}
std::string_view extension_of(Type t) {
  return info(t).extension;
}
std::string_view name_of(Type t) {
  return info(t).name;
}
bool is_image(Type t) {
  return t == Type::jpeg || t == Type::png || t == Type::webp;
}

std::optional<Type> parse_type(std::string_view name) {
  for (const auto& i : kInfo) {
    if (i.name == name) return i.type;
  }
  return std::nullopt;
}

std::optional<Type> type_for_mime(std::string_view mime) {
  // A spreadsheet exported as CSV is plain text to libmagic; HTML, SVG and XML are text too but
  // have their own MIME types, so they never reach this line.
  if (mime == "text/plain" || mime == "text/csv") return Type::csv;
  for (const auto& i : kInfo) {
    if (i.mime == mime) return i.type;
  }
  return std::nullopt;
}

Result<Type> detect_type(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Error::internal("files: cannot stat " + path);
  if (st.st_size == 0) return Error::invalid("files.errors.empty");
  magic_t m = thread_magic();
  if (!m) return Error::internal("files: libmagic database unavailable");
  const char* mime = magic_file(m, path.c_str());
  if (!mime) return Error::internal(std::string("files: libmagic: ") + magic_error(m));
  auto t = type_for_mime(mime);
  if (!t) return Error::invalid("files.errors.type_refused").with_detail(mime);
  return *t;
}

}  // namespace comdev::files
