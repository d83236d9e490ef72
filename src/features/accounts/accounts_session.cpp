#include "features/accounts/accounts_session.h"

#include "http/cookie.h"
#include "web/app.h"
#include "web/session.h"

namespace comdev::accounts {
namespace {

std::string current_sid(const web::Ctx& ctx) {
  auto cookies = http::parse_cookies(ctx.req.header("cookie"));
  auto it = cookies.find(std::string(web::kSessionCookie));
  return it == cookies.end() ? std::string() : it->second;
}

}  // namespace

Status sign_in(web::Ctx& ctx, std::int64_t member_id, std::string_view lang) {
  if (auto old = current_sid(ctx); !old.empty()) {
    if (auto st = web::session_store::destroy(ctx.app.db(), old); !st) return st;
  }
  std::string sid;
  auto s = web::session_store::create(ctx.app.db(), member_id, lang, &sid);
  if (!s) return s.error();
  ctx.set_cookies.push_back(
      http::set_cookie(web::kSessionCookie, sid,
                       {.max_age = web::kSessionLifetime.count(),
                        .secure = ctx.app.config().base_url.starts_with("https://")}));
  return {};
}

Status sign_out(web::Ctx& ctx) {
  if (auto old = current_sid(ctx); !old.empty()) {
    if (auto st = web::session_store::destroy(ctx.app.db(), old); !st) return st;
  }
  ctx.set_cookies.push_back(http::set_cookie(
      web::kSessionCookie, "gone",
      {.max_age = 0, .secure = ctx.app.config().base_url.starts_with("https://")}));
  return {};
}

std::string client_key(const web::Ctx& ctx) {
  return ctx.req.remote_address.empty() ? std::string("unknown") : ctx.req.remote_address;
}

}  // namespace comdev::accounts
