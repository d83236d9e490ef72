// Small helpers shared by the application's HTTP tests.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "http/percent.h"
#include "http/server/testing/http_client.h"
#include "test_members.h"

namespace comdev::testing {

inline bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// The value of a hidden input named `name` in an HTML form.
inline std::string hidden_value(std::string_view html, std::string_view name) {
  std::string marker = "name=\"" + std::string(name) + "\" value=\"";
  auto p = html.find(marker);
  if (p == std::string_view::npos) return {};
  p += marker.size();
  return std::string(html.substr(p, html.find('"', p) - p));
}

// "sid=abc" from a Set-Cookie value "sid=abc; Path=/; HttpOnly".
inline std::string cookie_pair(std::string_view set_cookie) {
  return std::string(set_cookie.substr(0, set_cookie.find(';')));
}

// A request as a signed-in member: their session cookie, and for a form their CSRF token.
inline http::testing::ClientResponse post_form(std::uint16_t port, const SignedIn& who,
                                               const std::string& path, const std::string& body) {
  http::testing::Client c(port);
  return c.request("POST", path,
                   {{"Cookie", who.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}},
                   "_csrf=" + http::percent_encode(who.csrf) + "&" + body);
}
inline http::testing::ClientResponse get_as(std::uint16_t port, const SignedIn& who,
                                            const std::string& path) {
  http::testing::Client c(port);
  return c.get(path, {{"Cookie", who.cookie}});
}

// An API token for a member made by sign_in_new_member (their password is the test one).
inline std::string token_of(std::uint16_t port, const SignedIn& who) {
  http::testing::Client c(port);
  auto t =
      c.request("POST", "/api/v1/tokens", {{"Content-Type", "application/json"}},
                nlohmann::json{{"email", who.email}, {"password", "correct horse battery"}}.dump());
  EXPECT_EQ(t.status, 201) << t.body;
  return nlohmann::json::parse(t.body, nullptr, false).value("token", "");
}

// A browser: a cookie jar (the session, and the CSRF cookie a visitor gets before having one)
// and the CSRF token of the last page read.
struct Browser {
  explicit Browser(std::uint16_t port) : client(port) {}
  http::testing::Client client;
  std::string cookie, csrf_cookie, csrf;

  http::testing::ClientResponse get(const std::string& target) {
    auto r = client.get(target, headers());
    absorb(r);
    return r;
  }
  // Posts a form; the CSRF token is added unless the fields already carry one.
  http::testing::ClientResponse post(const std::string& target,
                                     std::vector<std::pair<std::string, std::string>> fields) {
    bool has_csrf = false;
    for (auto& [k, v] : fields) has_csrf = has_csrf || k == "_csrf";
    if (!has_csrf) fields.emplace_back("_csrf", csrf);
    std::string body;
    for (auto& [k, v] : fields) {
      if (!body.empty()) body += '&';
      body += http::percent_encode(k) + "=" + http::percent_encode(v);
    }
    auto h = headers();
    h.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    auto r = client.request("POST", target, h, body);
    absorb(r);
    return r;
  }
  std::vector<std::pair<std::string, std::string>> headers() const {
    std::string jar = cookie;
    if (!csrf_cookie.empty()) jar += (jar.empty() ? "" : "; ") + csrf_cookie;
    if (jar.empty()) return {};
    return {{"Cookie", jar}};
  }
  void absorb(const http::testing::ClientResponse& r) {
    auto it = r.headers.find("set-cookie");
    if (it != r.headers.end() && it->second.starts_with("sid=")) cookie = cookie_pair(it->second);
    if (it != r.headers.end() && it->second.starts_with("csrf=")) {
      csrf_cookie = cookie_pair(it->second);
    }
    auto t = hidden_value(r.body, "_csrf");
    if (!t.empty()) csrf = t;
  }
};

// "/account/verify?token=…" from "http://127.0.0.1:port/account/verify?token=…".
inline std::string path_of(const std::string& url) {
  auto p = url.find("://");
  if (p == std::string::npos) return url;
  return url.substr(url.find('/', p + 3));
}

}  // namespace comdev::testing
