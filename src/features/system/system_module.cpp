#include "features/system/system_module.h"

#include "core/log.h"
#include "features/system/system_store.h"
#include "http/cookie.h"
#include "web/errors.h"

namespace comdev::system {
namespace {

http::Response healthz(web::Ctx& ctx) {
  if (auto st = system_store::ping(ctx.app.db()); !st) {
    log::error("health check failed", {{"detail", st.error().detail}});
    auto res = http::Response::text("database unavailable\n", 503);
    res.header("Cache-Control", "no-store");
    return res;
  }
  auto res = http::Response::text("ok\n");
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response metrics(web::Ctx& ctx) {
  auto res = http::Response::text(ctx.app.metrics().render(ctx.app.db().stats()));
  res.headers.clear();
  res.header("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response choose_language(web::Ctx& ctx) {
  auto lang = i18n::parse_lang(ctx.req.param("code"));
  if (!lang) return web::reply_error(ctx, Error::not_found());
  auto res = http::Response::redirect(safe_next(ctx.query.get("next")));
  res.header("Set-Cookie",
             http::set_cookie("lang", i18n::code(*lang),
                              {.max_age = 60LL * 60 * 24 * 365,
                               .http_only = false,
                               .secure = ctx.app.config().base_url.starts_with("https://")}));
  return res;
}

}  // namespace

std::string safe_next(std::string_view next) {
  // "//evil.example" and "/\evil.example" are read by browsers as other hosts.
  if (next.empty() || next.front() != '/' || next.starts_with("//") || next.starts_with("/\\")) {
    return "/";
  }
  for (char c : next) {
    if (static_cast<unsigned char>(c) < 0x20) return "/";
  }
  return std::string(next);
}

void register_module(web::App& app) {
  app.get("/healthz", healthz);
  app.get("/metrics", metrics);
  app.get("/lang/{code}", choose_language);
}

}  // namespace comdev::system
