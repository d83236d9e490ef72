#include <nlohmann/json.hpp>

#include "features/accounts/accounts_api_doc.h"
#include "features/accounts/accounts_forms.h"
#include "features/accounts/accounts_limits.h"
#include "features/accounts/accounts_module.h"
#include "features/accounts/accounts_password.h"
#include "features/accounts/accounts_permissions.h"
#include "features/accounts/accounts_rules.h"
#include "features/accounts/accounts_session.h"
#include "features/accounts/accounts_store.h"
#include "features/members/password.h"
#include "web/errors.h"
#include "web/session.h"

namespace comdev::accounts {
namespace {

// POST /api/v1/tokens {"email","password","name"?} -> 201 {"token","expires_at"}
// Rate-limited with the sign-in pages (same counters): a script cannot try more passwords than
// a person at a keyboard.
http::Response create_token(web::Ctx& ctx) {
  auto doc = nlohmann::json::parse(ctx.req.body, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    return web::reply_error(ctx, Error::invalid("errors.bad_request"));
  }
  auto field = [&](const char* name) -> std::string {
    auto it = doc.find(name);
    return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string{};
  };
  auto creds = parse_credentials(field("email"), field("password"));
  if (!creds) return web::reply_error(ctx, creds.error());
  std::string name = api_token_name(field("name"));
  auto attempt = take_signin_attempt(ctx, creds->email);
  if (!attempt) return web::reply_error(ctx, attempt.error());
  if (!*attempt) return web::reply_error(ctx, Error::rate_limited("accounts.signin.too_many"));
  auto account = accounts_store::find_by_email(ctx.app.db(), creds->email);
  if (!account) return web::reply_error(ctx, account.error());
  if (!check_password(*account, creds->password)) {
    return web::reply_error(ctx, Error::unauthenticated("accounts.signin.failed"));
  }
  if (auto st = signin_succeeded(ctx, creds->email); !st) return web::reply_error(ctx, st.error());
  if (!(*account)->verified) {
    return web::reply_error(ctx, Error::forbidden("accounts.signin.unverified"));
  }
  auto token = accounts_store::create_api_token(ctx.app.db(), (*account)->id, name);
  if (!token) return web::reply_error(ctx, token.error());
  auto res = http::Response::json(
      nlohmann::json{{"token", token->token}, {"expires_at", token->expires_at}}.dump(), 201);
  res.header("Cache-Control", "no-store");
  return res;
}

// GET /api/v1/me (Authorization: Bearer …) -> {"id","display_name","email","roles"}
http::Response me(web::Ctx& ctx) {
  if (auto d = can(ctx.actor, Action::view_own_account); !d) {
    return web::reply_error(ctx, Error::unauthenticated(std::string(d.reason)));
  }
  auto a = accounts_store::find_by_id(ctx.app.db(), ctx.actor.member_id);
  if (!a) return web::reply_error(ctx, a.error());
  if (!*a) return web::reply_error(ctx, Error::unauthenticated());
  auto roles = nlohmann::json::array({"member"});
  if ((*a)->is_animator) roles.push_back("animator");
  if ((*a)->is_admin) roles.push_back("admin");
  auto res = http::Response::json(nlohmann::json{
      {"id", (*a)->id},
      {"display_name", (*a)->display_name},
      {"email", (*a)->email},
      {"roles", roles}}.dump());
  res.header("Cache-Control", "no-store");
  return res;
}

// GET /api/v1/tokens -> {"tokens": [{"id","name","created_at","expires_at","last_used_at"}]}
http::Response list_tokens(web::Ctx& ctx) {
  if (auto d = can(ctx.actor, Action::manage_own_tokens); !d) {
    return web::reply_error(ctx, Error::unauthenticated(std::string(d.reason)));
  }
  auto tokens = accounts_store::list_api_tokens(ctx.app.db(), ctx.actor.member_id);
  if (!tokens) return web::reply_error(ctx, tokens.error());
  auto list = nlohmann::json::array();
  for (const auto& t : *tokens) {
    list.push_back({{"id", t.id},
                    {"name", t.name},
                    {"created_at", t.created_at},
                    {"expires_at", t.expires_at},
                    {"last_used_at",
                     t.last_used_at.empty() ? nlohmann::json() : nlohmann::json(t.last_used_at)}});
  }
  auto res = http::Response::json(nlohmann::json{{"tokens", list}}.dump());
  res.header("Cache-Control", "no-store");
  return res;
}

// DELETE /api/v1/tokens/{id} -> 204; a token of another member is as unknown as no token.
http::Response revoke_token(web::Ctx& ctx) {
  if (auto d = can(ctx.actor, Action::manage_own_tokens); !d) {
    return web::reply_error(ctx, Error::unauthenticated(std::string(d.reason)));
  }
  auto gone =
      accounts_store::revoke_api_token(ctx.app.db(), ctx.actor.member_id, ctx.req.param("id"));
  if (!gone) return web::reply_error(ctx, gone.error());
  if (!*gone) return web::reply_error(ctx, Error::not_found("accounts.tokens.unknown"));
  http::Response res;
  res.status = 204;
  return res;
}

}  // namespace

void register_api(web::App& app) {
  app.post("/api/v1/tokens", create_token, api_doc::kCreateToken);
  app.get("/api/v1/tokens", list_tokens, api_doc::kListTokens);
  app.route(http::Method::del, "/api/v1/tokens/{id}", revoke_token, api_doc::kRevokeToken);
  app.get("/api/v1/me", me, api_doc::kMe);
}

}  // namespace comdev::accounts
