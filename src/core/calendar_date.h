// Whether a text is a real calendar day written YYYY-MM-DD (2027-02-29 is not one), within a range
// of years a feature accepts. Header-only and small: only the rules that read typed dates use it.
#pragma once

#include <chrono>
#include <string_view>

namespace comdev::core {

inline bool is_calendar_date(std::string_view s, int first_year, int last_year) {
  auto number = [&](std::size_t at, std::size_t n, int& out) {
    out = 0;
    for (char c : s.substr(at, n)) {
      if (c < '0' || c > '9') return false;
      out = out * 10 + (c - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d)) return false;
  if (y < first_year || y > last_year) return false;
  return std::chrono::year_month_day{std::chrono::year{y},
                                     std::chrono::month{static_cast<unsigned>(m)},
                                     std::chrono::day{static_cast<unsigned>(d)}}
      .ok();
}

}  // namespace comdev::core
