// What every page of the accounts feature shares: the catalogue of the request's language, the
// common frame (CSRF token, layout, no caching: these pages show personal data) and the
// signed-in check that loads the actor.
#pragma once

#include <string>
#include <string_view>

#include "features/accounts/accounts_permissions.h"
#include "i18n/catalogue.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::accounts {

inline const i18n::Catalogue& cat(const web::Ctx& ctx) {
  return i18n::catalogue(ctx.lang);
}

template <class View, class Fn>
http::Response page(web::Ctx& ctx, View& v, std::string_view title_key, int status, Fn tpl_fn) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  v.layout = web::make_layout(ctx, std::string(cat(ctx).text(title_key)), "account");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl_fn(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

// Loads the actor from the session, then asks the policy.
inline bool allowed(web::Ctx& ctx, Action action) {
  auto s = ctx.session();
  return s && static_cast<bool>(can(ctx.actor, action));
}

}  // namespace comdev::accounts
