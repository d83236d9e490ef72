#include "features/matching/matching_rules.h"

#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace comdev::matching {
namespace {

constexpr std::array<std::string_view, 8> kLanguageOrder = {"ar", "ber", "fr", "en",
                                                            "es", "nl",  "de", "it"};

bool digits(std::string_view s, int& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

match::Day day_of(std::string_view ymd) {
  if (ymd.size() != 10 || ymd[4] != '-' || ymd[7] != '-') return 0;
  int y = 0, m = 0, d = 0;
  if (!digits(ymd.substr(0, 4), y) || !digits(ymd.substr(5, 2), m) || !digits(ymd.substr(8, 2), d))
    return 0;
  std::chrono::year_month_day date{std::chrono::year(y), std::chrono::month(unsigned(m)),
                                   std::chrono::day(unsigned(d))};
  if (!date.ok()) return 0;
  auto days = std::chrono::sys_days(date).time_since_epoch().count();
  return days > 0 ? static_cast<match::Day>(days) : 0;
}

std::string ymd_of(match::Day day) {
  std::chrono::year_month_day date{std::chrono::sys_days(std::chrono::days(day))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()),
                unsigned(date.day()));
  return buf;
}

std::optional<match::Level> level_of(std::string_view level) {
  if (level == "beginner") return match::Level::beginner;
  if (level == "intermediate") return match::Level::intermediate;
  if (level == "expert") return match::Level::expert;
  return std::nullopt;
}

match::LangMask language_bit(std::string_view code) {
  for (std::size_t i = 0; i < kLanguageOrder.size(); ++i)
    if (kLanguageOrder[i] == code) return static_cast<match::LangMask>(1u << i);
  return 0;
}

std::string_view language_code(std::int64_t bit_index) {
  if (bit_index < 0 || bit_index >= std::int64_t(kLanguageOrder.size())) return {};
  return kLanguageOrder[std::size_t(bit_index)];
}

match::Mode mode_of(std::string_view mode) {
  if (mode == "remote") return match::Mode::remote;
  if (mode == "on_site") return match::Mode::on_site;
  return match::Mode::both;
}

std::unordered_map<std::int64_t, match::Place> places_of(const std::vector<Territory>& tree) {
  std::unordered_map<std::int64_t, const Territory*> by_id;
  by_id.reserve(tree.size());
  for (const auto& t : tree) by_id.emplace(t.id, &t);
  std::unordered_map<std::int64_t, match::Place> out;
  out.reserve(tree.size());
  for (const auto& t : tree) {
    match::Place p;
    std::int64_t id = t.id;
    // Four levels; the bound guards against a cycle.
    for (int depth = 0; depth < 8 && id != 0; ++depth) {
      auto it = by_id.find(id);
      if (it == by_id.end()) break;
      const Territory& at = *it->second;
      if (at.kind == "commune" && p.commune == 0) p.commune = at.id;
      if (at.kind == "province" && p.province == 0) p.province = at.id;
      if (at.kind == "region" && p.region == 0) p.region = at.id;
      id = at.parent_id;
    }
    out.emplace(t.id, p);
  }
  return out;
}

}  // namespace comdev::matching
