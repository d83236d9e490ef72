#include "http/cookie.h"

namespace comdev::http {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::map<std::string, std::string> parse_cookies(std::string_view header) {
  std::map<std::string, std::string> jar;
  std::size_t start = 0;
  while (start < header.size()) {
    std::size_t semi = header.find(';', start);
    if (semi == std::string_view::npos) semi = header.size();
    std::string_view pair = trim(header.substr(start, semi - start));
    start = semi + 1;
    std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    std::string_view name = trim(pair.substr(0, eq));
    std::string_view value = trim(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    jar.emplace(std::string(name), std::string(value));  // emplace keeps the first
  }
  return jar;
}

std::string set_cookie(std::string_view name, std::string_view value,
                       const CookieOptions& options) {
  std::string out;
  out.append(name).append("=").append(value);
  if (!options.path.empty()) out.append("; Path=").append(options.path);
  if (options.max_age) out.append("; Max-Age=").append(std::to_string(*options.max_age));
  if (options.http_only) out.append("; HttpOnly");
  if (!options.same_site.empty()) out.append("; SameSite=").append(options.same_site);
  // Browsers reject SameSite=None without Secure, so None implies it.
  if (options.secure || options.same_site == "None") out.append("; Secure");
  return out;
}

}  // namespace comdev::http
