#include "i18n/lang.h"

#include <cctype>

namespace comdev::i18n {

std::string_view code(Lang lang) {
  switch (lang) {
    case Lang::fr:
      return "fr";
    case Lang::ar:
      return "ar";
    case Lang::en:
      return "en";
  }
  return "fr";
}

std::string_view dir(Lang lang) {
  return lang == Lang::ar ? "rtl" : "ltr";
}

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  }
  return true;
}

// Parses a q-value ("0.8", "1", "0"). Malformed values count as 0 so they never win.
double parse_q(std::string_view params) {
  // params looks like ";q=0.8" possibly with spaces and other parameters.
  while (!params.empty()) {
    std::size_t semi = params.find(';');
    std::string_view p = trim(params.substr(0, semi));
    params = semi == std::string_view::npos ? std::string_view{} : params.substr(semi + 1);
    if (p.size() >= 2 && (p[0] == 'q' || p[0] == 'Q') && p[1] == '=') {
      std::string_view v = p.substr(2);
      double q = 0;
      std::size_t i = 0;
      while (i < v.size() && v[i] >= '0' && v[i] <= '9') q = q * 10 + (v[i++] - '0');
      if (i < v.size() && v[i] == '.') {
        double scale = 0.1;
        for (++i; i < v.size() && v[i] >= '0' && v[i] <= '9'; ++i, scale /= 10) {
          q += (v[i] - '0') * scale;
        }
      }
      if (i != v.size() || v.empty() || q > 1) return 0;
      return q;
    }
  }
  return 1;
}

}  // namespace

std::optional<Lang> parse_lang(std::string_view tag) {
  tag = trim(tag);
  std::size_t sep = tag.find_first_of("-_");
  std::string_view primary = tag.substr(0, sep);
  if (sep != std::string_view::npos && sep + 1 >= tag.size()) return std::nullopt;
  for (Lang l : kAllLangs) {
    if (iequals(primary, code(l))) return l;
  }
  return std::nullopt;
}

Lang negotiate(std::string_view explicit_choice, std::string_view accept_language) {
  if (auto chosen = parse_lang(explicit_choice)) return *chosen;
  std::optional<Lang> best;
  double best_q = 0;
  while (!accept_language.empty()) {
    std::size_t comma = accept_language.find(',');
    std::string_view item = accept_language.substr(0, comma);
    accept_language =
        comma == std::string_view::npos ? std::string_view{} : accept_language.substr(comma + 1);
    std::size_t semi = item.find(';');
    std::string_view tag = item.substr(0, semi);
    double q = semi == std::string_view::npos ? 1.0 : parse_q(item.substr(semi + 1));
    // Strictly greater: on equal q the earlier entry wins, as the header's order intends.
    if (q <= best_q) continue;
    if (auto l = parse_lang(tag)) {
      best = *l;
      best_q = q;
    }
  }
  return best.value_or(kDefaultLang);
}

}  // namespace comdev::i18n
