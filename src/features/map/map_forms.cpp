#include "features/map/map_forms.h"

#include <array>
#include <charconv>

#include "core/sectors.h"

namespace comdev::map {

namespace {

constexpr std::array<std::string_view, 7> kStatuses = {
    "idea", "maturing", "ready", "funding", "in_progress", "done", "capitalised"};

std::int64_t parse_int(std::string_view s) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return -1;
  return v;
}

}  // namespace

bool is_status(std::string_view status) {
  for (auto s : kStatuses) {
    if (s == status) return true;
  }
  return false;
}

Result<Filter> validate(const RawFilter& raw, int per_page) {
  Filter f;
  std::vector<FieldError> bad;
  if (!raw.sector.empty()) {
    if (core::is_sector(raw.sector)) {
      f.sector = std::string(raw.sector);
    } else {
      bad.push_back({"sector", "map.errors.sector"});
    }
  }
  if (!raw.status.empty()) {
    if (is_status(raw.status)) {
      f.status = std::string(raw.status);
    } else {
      bad.push_back({"status", "map.errors.status"});
    }
  }
  if (!raw.territory.empty()) {
    f.territory_id = parse_int(raw.territory);
    if (f.territory_id < 1) bad.push_back({"territory", "map.errors.territory"});
  }
  int page = 1;
  if (!raw.page.empty()) {
    auto p = parse_int(raw.page);
    if (p < 1 || p > kMaxPage) {
      bad.push_back({"page", "map.errors.page"});
    } else {
      page = static_cast<int>(p);
    }
  }
  if (!bad.empty()) return Error::invalid("errors.invalid", std::move(bad));
  f.limit = per_page;
  f.offset = (page - 1) * per_page;
  return f;
}

}  // namespace comdev::map
