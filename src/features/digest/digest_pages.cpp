// The digest's pages: the member's settings (/account/notifications) and the one-click
// unsubscribe (/digest/unsubscribe?token=…: GET shows one button, because mail scanners follow
// links; POST — the button, or the mail client itself per RFC 8058 — turns the digest off).
#include "core/time.h"
#include "features/digest/digest_forms.h"
#include "features/digest/digest_module.h"
#include "features/digest/digest_permissions.h"
#include "features/digest/digest_store.h"
#include "tpl/digest/settings.h"
#include "tpl/digest/unsubscribe.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/session.h"

namespace comdev::digest {
namespace {

struct SettingsView {
  web::LayoutView layout;
  std::string csrf;
  bool on = false;
  bool daily = false;
  bool weekly = false;
  bool saved = false;
  bool no_skills = false;
  std::vector<std::string> errors;
};

struct UnsubscribeView {
  web::LayoutView layout;
  std::string action;
  bool done = false;
};

http::Response no_store(http::Response res) {
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response render_settings(web::Ctx& ctx, SettingsView& v, int status) {
  auto current = digest_store::settings(ctx.app.db(), ctx.actor.member_id);
  if (!current) return web::reply_error(ctx, current.error());
  Frequency f = *current ? (*current)->frequency : Frequency::off;
  v.on = f != Frequency::off;
  v.daily = f == Frequency::daily;
  v.weekly = f == Frequency::weekly;
  auto skills = digest_store::skill_count(ctx.app.db(), ctx.actor.member_id);
  if (!skills) return web::reply_error(ctx, skills.error());
  v.no_skills = *skills == 0;
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  v.layout = web::make_layout(ctx, text(ctx, "digest.settings.title"), "");
  return no_store(
      web::render(ctx.lang, status, [&](web::Out& out) { tpl::digest_settings(out, v); }));
}

std::optional<http::Response> refuse_unless_member(web::Ctx& ctx) {
  auto s = ctx.session();
  if (!s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::edit_own_settings); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  return std::nullopt;
}

http::Response settings_page(web::Ctx& ctx) {
  if (auto no = refuse_unless_member(ctx)) return std::move(*no);
  SettingsView v;
  v.saved = ctx.query.get("saved") == "1";
  return render_settings(ctx, v, 200);
}

http::Response save_settings(web::Ctx& ctx) {
  if (auto no = refuse_unless_member(ctx)) return std::move(*no);
  auto f = parse_settings(ctx.form);
  if (!f) {
    SettingsView v;
    for (const auto& e : f.error().fields) v.errors.push_back(text(ctx, e.message_id));
    return render_settings(ctx, v, 422);
  }
  if (auto st = digest_store::set_frequency(ctx.app.db(), ctx.actor.member_id, *f, core::now());
      !st) {
    return web::reply_error(ctx, st.error());
  }
  return http::Response::redirect("/account/notifications?saved=1");
}

http::Response render_unsubscribe(web::Ctx& ctx, UnsubscribeView& v) {
  v.layout = web::make_layout(ctx, text(ctx, "digest.unsubscribe.title"), "");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::digest_unsubscribe(out, v); });
  // The address holds a credential: keep it out of caches and of other sites' logs.
  res.header("Referrer-Policy", "no-referrer");
  return no_store(std::move(res));
}

http::Response confirm_unsubscribe(web::Ctx& ctx) {
  if (auto d = can(ctx.actor, Action::unsubscribe_by_token); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto token = parse_token(ctx.query, ctx.form);
  if (!token) return web::reply_error(ctx, token.error());
  auto member = digest_store::member_for_token(ctx.app.db(), web::hash_token(*token));
  if (!member) return web::reply_error(ctx, member.error());
  if (!*member) return web::reply_error(ctx, Error::not_found("digest.unsubscribe.bad_token"));
  UnsubscribeView v;
  v.action = "/digest/unsubscribe?token=" + *token;
  return render_unsubscribe(ctx, v);
}

// Reached without a session and without a CSRF token (App::post_token_only): the token names
// the one digest this request may turn off.
http::Response unsubscribe(web::Ctx& ctx) {
  if (auto d = can(ctx.actor, Action::unsubscribe_by_token); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto token = parse_token(ctx.query, ctx.form);
  if (!token) return web::reply_error(ctx, token.error());
  auto member = digest_store::unsubscribe(ctx.app.db(), web::hash_token(*token), core::now());
  if (!member) return web::reply_error(ctx, member.error());
  if (!*member) return web::reply_error(ctx, Error::not_found("digest.unsubscribe.bad_token"));
  UnsubscribeView v;
  v.done = true;
  return render_unsubscribe(ctx, v);
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/account/notifications", settings_page);
  app.post("/account/notifications", save_settings);
  app.get("/digest/unsubscribe", confirm_unsubscribe);
  app.post_token_only("/digest/unsubscribe", unsubscribe);
}

}  // namespace comdev::digest
