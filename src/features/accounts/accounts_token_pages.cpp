// /account/tokens: the member's API tokens on the site. A member makes a token here for a script
// (shown once, on the answer to the form that made it, never again), sees which tokens are live
// and when each was last used, and revokes one at once — the page a person looks for after a
// laptop is lost, without having to reset the password.
#include <optional>

#include "features/accounts/accounts_module.h"
#include "features/accounts/accounts_page.h"
#include "features/accounts/accounts_rules.h"
#include "features/accounts/accounts_store.h"
#include "i18n/format.h"
#include "tpl/accounts/tokens.h"

namespace comdev::accounts {
namespace {

struct TokenRowView {
  std::string id, name, created, expires, last_used;
};

struct TokensView {
  web::LayoutView layout;
  std::string csrf, notice, new_token, new_token_expires, name;
  std::vector<TokenRowView> tokens;
};

std::string date_of(const web::Ctx& ctx, const std::string& iso) {
  auto t = core::parse_iso(iso);
  return t ? i18n::format_date(ctx.lang, *t) : iso;
}

http::Response render_tokens(web::Ctx& ctx, TokensView& v, int status) {
  auto tokens = accounts_store::list_api_tokens(ctx.app.db(), ctx.actor.member_id);
  if (!tokens) return web::reply_error(ctx, tokens.error());
  for (const auto& t : *tokens) {
    v.tokens.push_back({t.id, t.name, date_of(ctx, t.created_at), date_of(ctx, t.expires_at),
                        t.last_used_at.empty() ? std::string(cat(ctx).text("accounts.tokens.never"))
                                               : date_of(ctx, t.last_used_at)});
  }
  return page(ctx, v, "accounts.tokens.title", status,
              [](web::Out& out, const TokensView& v) { tpl::accounts_tokens(out, v); });
}

http::Response tokens(web::Ctx& ctx) {
  if (!allowed(ctx, Action::manage_own_tokens)) {
    return http::Response::redirect("/account/signin");
  }
  TokensView v;
  if (ctx.query.get("revoked") == "1") v.notice = cat(ctx).text("accounts.tokens.revoked");
  return render_tokens(ctx, v, 200);
}

// Answers with the page itself rather than a redirect: the token must not travel in a URL, and
// this answer is the only time it is shown.
http::Response create(web::Ctx& ctx) {
  if (!allowed(ctx, Action::manage_own_tokens)) {
    return http::Response::redirect("/account/signin");
  }
  std::string name = api_token_name(ctx.form.get("name"));
  auto token = accounts_store::create_api_token(ctx.app.db(), ctx.actor.member_id, name);
  if (!token) return web::reply_error(ctx, token.error());
  TokensView v;
  v.new_token = token->token;
  v.new_token_expires = date_of(ctx, token->expires_at);
  return render_tokens(ctx, v, 201);
}

http::Response revoke(web::Ctx& ctx) {
  if (!allowed(ctx, Action::manage_own_tokens)) {
    return http::Response::redirect("/account/signin");
  }
  auto gone =
      accounts_store::revoke_api_token(ctx.app.db(), ctx.actor.member_id, ctx.req.param("id"));
  if (!gone) return web::reply_error(ctx, gone.error());
  if (!*gone) return web::reply_error(ctx, Error::not_found("accounts.tokens.unknown"));
  return http::Response::redirect("/account/tokens?revoked=1");
}

}  // namespace

void register_token_pages(web::App& app) {
  app.get("/account/tokens", tokens);
  app.post("/account/tokens", create);
  app.post("/account/tokens/{id}/revoke", revoke);
  add_account_link("/account/tokens", "accounts.tokens.title");
}

}  // namespace comdev::accounts
