// Cookies (RFC 6265), std only: read the Cookie request header, write Set-Cookie values.
//
//   auto jar = parse_cookies(req.header("cookie"));
//   res.header("Set-Cookie", set_cookie("sid", token, {.max_age = 3600 * 24 * 30}));
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace comdev::http {

// name -> value; when a name repeats, the first (most specific path) wins, as browsers send it.
// Surrounding double quotes of a value are removed. Malformed pairs are skipped.
std::map<std::string, std::string> parse_cookies(std::string_view header);

struct CookieOptions {
  std::string path = "/";
  std::optional<long long> max_age;  // seconds; 0 deletes the cookie; absent = session cookie
  bool http_only = true;
  std::string same_site = "Lax";  // "Strict", "Lax", "None" or empty for no attribute
  bool secure = false;
};

// The value of one Set-Cookie header.
// REQUIRES: name is a token and value holds no ';', ',', space, '"' or control characters
// (percent-encode or base64url anything else).
std::string set_cookie(std::string_view name, std::string_view value,
                       const CookieOptions& options = {});

}  // namespace comdev::http
