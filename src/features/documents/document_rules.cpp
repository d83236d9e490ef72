#include "features/documents/document_rules.h"

#include <cstdio>

#include "core/text.h"
#include "features/documents/document.h"

namespace comdev::documents {

namespace {
constexpr std::array<std::string_view, 6> kKindNames = {"study", "budget",  "plan",
                                                        "photo", "minutes", "other"};
}  // namespace

std::string_view name(Kind k) {
  return kKindNames[static_cast<std::size_t>(k)];
}

std::optional<Kind> parse_kind(std::string_view s) {
  for (Kind k : kKinds) {
    if (name(k) == s) return k;
  }
  return std::nullopt;
}

std::string title_key(std::string_view title) {
  std::string out;
  bool blank = false;
  for (char c : core::trim_space(title)) {
    bool is_blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (is_blank) {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out += ' ';
    blank = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::string title_from_filename(std::string_view filename) {
  if (auto dot = filename.rfind('.'); dot != std::string_view::npos && dot > 0) {
    filename = filename.substr(0, dot);
  }
  std::string out;
  for (char c : filename) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) continue;  // NUL, CR, LF, ...
    out += (c == '_' || c == '-') ? ' ' : c;
  }
  return std::string(core::trim_space(out));
}

std::string megabytes(std::int64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(bytes) / 1e6);
  return buf;
}

Status within_quota(std::int64_t used, std::int64_t adding, std::int64_t quota) {
  if (used + adding <= quota) return {};
  return Error::invalid("documents.errors.quota")
      .with_param("used", megabytes(used))
      .with_param("quota", megabytes(quota));
}

}  // namespace comdev::documents
