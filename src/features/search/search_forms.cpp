#include "features/search/search_forms.h"

#include <charconv>

#include "core/utf8.h"

namespace comdev::search_feature {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// A positive integer up to `max`, or 0 when it is not one.
int parse_positive(std::string_view s, int max) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < 1 || v > max) return 0;
  return v;
}

}  // namespace

std::string_view kind_code(Kind k) {
  switch (k) {
    case Kind::project:
      return "project";
    case Kind::need:
      return "need";
    case Kind::organisation:
      return "organisation";
  }
  return "project";
}

std::optional<Kind> parse_kind(std::string_view code) {
  if (code == "project") return Kind::project;
  if (code == "need") return Kind::need;
  if (code == "organisation") return Kind::organisation;
  return std::nullopt;
}

std::string url_of(Kind k, std::int64_t id) {
  std::string base = k == Kind::project ? "/projects/"
                     : k == Kind::need  ? "/needs/"
                                        : "/organisations/";
  return base + std::to_string(id);
}

Result<Request> validate(const RawRequest& raw, int default_per_page) {
  Request r;
  std::vector<FieldError> bad;
  std::string_view q = trim(raw.q);
  if (!is_valid_utf8(q) || utf8_length(q) > kMaxQueryChars) {
    bad.push_back({"q", "search.errors.query"});
  } else {
    r.q = std::string(q);
  }
  if (!raw.type.empty()) {
    r.kind = parse_kind(raw.type);
    if (!r.kind) bad.push_back({"type", "search.errors.type"});
  }
  if (!raw.page.empty()) {
    r.page = parse_positive(raw.page, kMaxPage);
    if (r.page == 0) bad.push_back({"page", "search.errors.page"});
  }
  r.per_page = default_per_page;
  if (!raw.per_page.empty()) {
    r.per_page = parse_positive(raw.per_page, kMaxPerPage);
    if (r.per_page == 0) bad.push_back({"per_page", "errors.invalid"});
  }
  if (!bad.empty()) return Error::invalid("errors.invalid", std::move(bad));
  return r;
}

}  // namespace comdev::search_feature
