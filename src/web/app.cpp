#include "web/app.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <exception>

#include "core/log.h"
#include "core/text.h"
#include "http/cookie.h"
#include "http/multipart.h"
#include "i18n/catalogue.h"
#include "web/errors.h"

namespace comdev::web {
namespace {

bool is_unsafe(http::Method m) {
  return m == http::Method::post || m == http::Method::put || m == http::Method::patch ||
         m == http::Method::del;
}

std::string next_request_id() {
  // Unique within a process and cheap; the instance is told apart by the log's host.
  static std::atomic<std::uint64_t> counter{0};
  static const std::string prefix = random_token(4);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%llx",
                static_cast<unsigned long long>(counter.fetch_add(1, std::memory_order_relaxed)));
  return prefix + "-" + buf;
}

i18n::Lang choose_lang(const http::Request& req) {
  auto cookies = http::parse_cookies(req.header("cookie"));
  auto it = cookies.find("lang");
  return i18n::negotiate(it == cookies.end() ? std::string_view{} : std::string_view(it->second),
                         req.header("accept-language"));
}

// The cookie that carries a visitor's CSRF token while they have no session, and how long it
// lasts (a form left open for a day still posts).
constexpr std::string_view kCsrfCookie = "csrf";
constexpr std::chrono::seconds kAnonymousCsrfLifetime{60 * 60 * 24};

// The visitor's CSRF token from their cookie; "" when absent or not shaped like one. A page of
// another site can neither read nor set this site's cookies, so matching the form's token with
// the cookie's proves the form came from here (only a host under the same domain could set it:
// deploy ComDev on a domain of its own).
std::string anonymous_csrf(const http::Request& req) {
  auto cookies = http::parse_cookies(req.header("cookie"));
  auto it = cookies.find(std::string(kCsrfCookie));
  if (it == cookies.end() || it->second.size() < 32 || it->second.size() > 64) return {};
  return it->second;
}

// The token of a csrf cookie this response already sets ("" none).
std::string csrf_being_set(const std::vector<std::string>& set_cookies) {
  const std::string prefix = std::string(kCsrfCookie) + "=";
  for (const auto& c : set_cookies) {
    if (c.starts_with(prefix)) return c.substr(prefix.size(), c.find(';') - prefix.size());
  }
  return {};
}

}  // namespace

Status read_form(Ctx& ctx) {
  std::string_view type = ctx.req.header("content-type");
  if (type.starts_with("application/x-www-form-urlencoded")) {
    auto f = http::parse_form(ctx.req.body);
    if (!f) return f.error();
    ctx.form = std::move(*f);
  } else if (type.starts_with("multipart/form-data")) {
    auto m = ctx.req.body_file.empty() ? http::parse_multipart(type, ctx.req.body)
                                       : http::parse_multipart_file(type, ctx.req.body_file);
    if (!m) return m.error();
    ctx.form = std::move(m->fields);
    ctx.files = std::move(m->files);
  }
  return {};
}

std::int64_t path_id(const Ctx& ctx, std::string_view name) {
  return core::parse_id(ctx.req.param(name));
}

std::string text(const Ctx& ctx, std::string_view key) {
  return i18n::text(ctx.lang, key);
}

Result<std::optional<Session>> Ctx::session() {
  if (!session_loaded_) {
    auto cookies = http::parse_cookies(req.header("cookie"));
    auto it = cookies.find(std::string(kSessionCookie));
    if (it != cookies.end()) {
      auto s = session_store::find(app.db(), it->second);
      if (!s) return s.error();
      session_ = std::move(*s);
      if (session_ && session_->member_id != 0) {
        actor.member_id = session_->member_id;
        actor.is_admin = session_->is_admin;
        actor.is_animator = session_->is_animator;
        actor.display_name = session_->display_name;
      }
    }
    session_loaded_ = true;
  }
  return session_;
}

Result<std::string> Ctx::csrf_token() {
  auto s = session();
  if (!s) return s.error();
  if (*s) return (*s)->csrf_token;
  // A visitor without a session (a sign-in or sign-up form, the contact form) gets the token in
  // a cookie of its own and in the form, compared on the POST (double submit): showing a form to
  // a crawler or a passer-by writes nothing in the database.
  if (auto cookie = anonymous_csrf(req); !cookie.empty()) return cookie;
  if (auto set = csrf_being_set(set_cookies); !set.empty()) return set;  // asked twice
  std::string token = random_token();
  set_cookies.push_back(
      http::set_cookie(kCsrfCookie, token,
                       {.max_age = kAnonymousCsrfLifetime.count(),
                        .secure = app.config().base_url.starts_with("https://")}));
  return token;
}

namespace {

// Behind TLS (the base URL is https, the proxy terminating it), browsers are told to come back
// only over https for a year, so that a first visit through a hostile Wi-Fi cannot be downgraded.
// Not for plain http: a browser would then refuse a local or test instance.
void add_transport_security(http::Response& res, const Config& config) {
  if (config.base_url.starts_with("https://")) {
    res.header("Strict-Transport-Security", "max-age=31536000");
  }
}

}  // namespace

App::App(const Config& config, store::Db& db, Assets assets)
    : config_(config),
      db_(db),
      assets_(std::move(assets)),
      request_log_(config.access_log),
      tiles_origin_(map_tiles_origin(config)),
      csp_(content_security_policy(tiles_origin_)) {}

http::RouteId App::add_route(http::Method method, std::string pattern, Handler h) {
  auto id = router_.add(method, std::move(pattern));
  if (handlers_.size() <= id) handlers_.resize(id + 1);
  handlers_[id] = std::move(h);
  if (token_only_.size() <= id) token_only_.resize(id + 1, false);
  if (body_limits_.size() <= id) body_limits_.resize(id + 1, 0);
  return id;
}

void App::route(http::Method method, std::string pattern, Handler h, std::string_view api_doc) {
  auto id = add_route(method, std::move(pattern), std::move(h));
  if (!api_doc.empty()) api_doc_.add_operation({router_.route(id), std::string(api_doc)});
}

void App::upload(http::Method method, std::string pattern, std::size_t max_body_bytes, Handler h,
                 std::string_view api_doc) {
  auto id = add_route(method, std::move(pattern), std::move(h));
  body_limits_[id] = max_body_bytes;
  if (!api_doc.empty()) api_doc_.add_operation({router_.route(id), std::string(api_doc)});
}

void App::post_token_only(std::string pattern, Handler h) {
  token_only_[add_route(http::Method::post, std::move(pattern), std::move(h))] = true;
}

std::size_t App::body_limit(const http::Request& head) const {
  auto m = router_.match(head.method, head.path);
  return m.status == 200 ? body_limits_[m.route] : 0;
}

SiteInfo App::site_info(i18n::Lang lang) const {
  if (site_info_) return site_info_(lang);
  return SiteInfo{std::string(i18n::catalogue(lang).text("site.name")), "", false};
}

http::Response App::handle(http::Request& req) {
  req.request_id = next_request_id();
  http::Response res;
  try {
    res = dispatch(req);
  } catch (const std::exception& e) {
    log::error("handler threw",
               {{"request_id", req.request_id}, {"route", req.route}, {"what", e.what()}});
    res = error_response(500, &req);
  }
  res.header("X-Request-Id", req.request_id);
  add_security_headers(res, csp_);
  add_transport_security(res, config_);
  return res;
}

std::optional<http::Response> App::answer_inline(http::Request& req) {
  auto asset = assets_.serve(req);
  if (!asset) return std::nullopt;
  req.request_id = next_request_id();
  req.route = "/static";
  asset->header("X-Request-Id", req.request_id);
  add_security_headers(*asset, csp_);
  add_transport_security(*asset, config_);
  return asset;
}

http::Response App::dispatch(http::Request& req) {
  if (auto asset = assets_.serve(req)) {
    req.route = "/static";
    return std::move(*asset);
  }
  auto m = router_.match(req.method, req.path);
  i18n::Lang lang = choose_lang(req);
  bool api = req.path.starts_with("/api/");
  if (m.status == 400) {
    // A typed path parameter ("{id:int}") got a value of another type: the request is
    // malformed, and the error names the parameter as a form's field would be named.
    req.route = m.pattern;
    Error e = Error::invalid("errors.bad_path_param", {{m.bad_param, "errors.path_integer"}})
                  .with_param("name", m.bad_param);
    return api ? error_json(lang, 400, e) : error_page(*this, lang, req.path, 400, e);
  }
  if (m.status != 200) {
    req.route = m.status == 405 ? m.pattern : "(unmatched)";
    Error e = m.status == 405 ? Error{ErrorCode::invalid, "errors.method_not_allowed", {}, {}, {}}
                              : Error::not_found();
    auto res = api ? error_json(lang, m.status, e) : error_page(*this, lang, req.path, m.status, e);
    if (m.status == 405) res.header("Allow", m.allow);
    return res;
  }
  req.route = m.pattern;
  req.params = std::move(m.params);

  Ctx ctx{*this, req, lang};
  ctx.api = api;
  if (auto q = http::parse_query(req.query)) {
    ctx.query = std::move(*q);
  } else {
    return reply_error(ctx, q.error());
  }
  if (api) {
    // API clients authenticate with "Authorization: Bearer <token>"; without one they act as
    // visitors. A token that is given but not valid is refused, never silently ignored.
    std::string_view auth = req.header("authorization");
    if (!auth.empty()) {
      constexpr std::string_view kBearer = "Bearer ";
      if (auth.size() <= kBearer.size() ||
          !std::equal(kBearer.begin(), kBearer.end(), auth.begin(),
                      [](char a, char b) {
                        return std::tolower(static_cast<unsigned char>(a)) ==
                               std::tolower(static_cast<unsigned char>(b));
                      }) ||
          !bearer_resolver_) {
        return reply_error(ctx, Error::unauthenticated("errors.bad_token"));
      }
      auto actor = bearer_resolver_(auth.substr(kBearer.size()));
      if (!actor) return reply_error(ctx, actor.error());
      if (!*actor) return reply_error(ctx, Error::unauthenticated("errors.bad_token"));
      ctx.actor = std::move(**actor);
    }
  }
  if (is_unsafe(req.method) && !api) {
    if (auto st = read_form(ctx); !st) {
      Error e = std::move(st).error();
      e.code = ErrorCode::invalid;
      return reply_error(ctx, e);
    }
    // Every state-changing form carries the CSRF token of the browser's session, except on the
    // few routes whose own secret token is the whole credential (post_token_only).
    if (!token_only_[m.route]) {
      auto s = ctx.session();
      if (!s) return reply_error(ctx, s.error());
      const std::string expected = *s ? (*s)->csrf_token : anonymous_csrf(req);
      if (expected.empty() || !tokens_equal(ctx.form.get("_csrf"), expected)) {
        return reply_error(ctx, Error::forbidden("errors.csrf"));
      }
    }
  }
  http::Response res = handlers_[m.route](ctx);
  for (auto& c : ctx.set_cookies) res.header("Set-Cookie", std::move(c));
  return res;
}

http::Response App::error_response(int status, const http::Request* req) {
  i18n::Lang lang = req ? choose_lang(*req) : i18n::kDefaultLang;
  Error e{status >= 500 ? ErrorCode::internal : ErrorCode::invalid,
          std::string(message_id_for_status(status)),
          {},
          {},
          {}};
  http::Response res;
  if (req && req->path.starts_with("/api/")) {
    res = error_json(lang, status, e);
  } else {
    res = error_page(*this, lang, req ? std::string_view(req->path) : "/", status, e);
  }
  add_security_headers(res, csp_);
  add_transport_security(res, config_);
  return res;
}

void App::observe(const http::Request& req, const http::Response& res,
                  std::chrono::nanoseconds latency) {
  std::string_view route = req.route.empty() ? std::string_view("(none)") : req.route;
  metrics_.observe(http::to_string(req.method), route, res.status, latency);
  request_log_.record(req, res, latency);
}

std::string content_security_policy(std::string_view tiles_origin) {
  // Scripts and styles come from our own origin only; map tiles are the one outside source.
  std::string img = "img-src 'self' data:";
  if (!tiles_origin.empty()) img += " " + std::string(tiles_origin);
  return "default-src 'self'; script-src 'self'; style-src 'self'; " + img +
         "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
         "form-action 'self'; frame-ancestors 'none'";
}

void add_security_headers(http::Response& res, const std::string& csp) {
  res.header("Content-Security-Policy", csp);
  res.header("X-Content-Type-Options", "nosniff");
  res.header("Referrer-Policy", "strict-origin-when-cross-origin");
  res.header("X-Frame-Options", "DENY");
  res.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
}

}  // namespace comdev::web
