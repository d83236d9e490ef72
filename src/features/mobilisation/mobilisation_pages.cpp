// The mobilisation forms' targets (each redirects back to the need's page, to its section, with
// a notice) and the notifications page. A refused request gets the error page with its reason in
// the reader's language; nothing is half-saved (each use case is one transaction).
#include <map>

#include "core/text.h"
#include "features/mobilisation/mobilisation_forms.h"
#include "features/mobilisation/mobilisation_module.h"
#include "features/mobilisation/mobilisation_permissions.h"
#include "features/mobilisation/mobilisation_store.h"
#include "features/mobilisation/mobilisation_views.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"
#include "tpl/mobilisation/notifications.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/private_page.h"

namespace comdev::mobilisation {
namespace {

namespace st = mobilisation_store;

// The actor, or why not: a visitor is asked to sign in.
http::Response back_to_need(std::int64_t need_id, std::string_view what) {
  return http::Response::redirect("/needs/" + std::to_string(need_id) +
                                  "?mob=" + std::string(what) + "#mobilisation");
}

std::int64_t need_of_invitation(web::Ctx& ctx, std::int64_t id) {
  auto i = st::invitation(ctx.app.db(), id);
  return i && *i ? (*i)->need_id : 0;
}

std::int64_t need_of_offer(web::Ctx& ctx, std::int64_t id) {
  auto o = st::offer(ctx.app.db(), id);
  return o && *o ? (*o)->need_id : 0;
}

// Runs a use case, sends its e-mails once committed, and goes back to the need's page.
template <class Run>
http::Response act(web::Ctx& ctx, std::int64_t need_id, std::string_view what, Run run) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  Result<Done> done = run();
  if (!done) return web::reply_error(ctx, done.error());
  send_after(ctx, done->notices);
  return back_to_need(need_id, what);
}

http::Response invite(web::Ctx& ctx, matching::Service& matching) {
  auto need_id = path_id(ctx);
  return act(ctx, need_id, "invited", [&]() -> Result<Done> {
    auto in = parse_invitation(ctx.form.get("expert_id"), ctx.form.get("message"));
    if (!in) return in.error();
    return mobilisation::invite(ctx.app.db(), matching, ctx.actor, need_id, *in,
                                settings_of(ctx, matching), core::now());
  });
}

http::Response offer(web::Ctx& ctx, matching::Service& matching) {
  auto need_id = path_id(ctx);
  return act(ctx, need_id, "offered", [&]() -> Result<Done> {
    auto message = parse_offer_message(ctx.form.get("message"));
    if (!message) return message.error();
    auto done = offer_help(ctx.app.db(), ctx.actor, need_id, *message, settings_of(ctx, matching),
                           core::now());
    // The engine learns at once that this expert answered (responsiveness, open invitations).
    if (done) matching.catch_up();
    return done;
  });
}

http::Response decline_inv(web::Ctx& ctx) {
  auto id = path_id(ctx);
  return act(ctx, need_of_invitation(ctx, id), "invitation_declined",
             [&] { return decline_invitation(ctx.app.db(), ctx.actor, id, core::now()); });
}

http::Response withdraw(web::Ctx& ctx) {
  auto id = path_id(ctx);
  return act(ctx, need_of_offer(ctx, id), "withdrawn",
             [&] { return withdraw_offer(ctx.app.db(), ctx.actor, id, core::now()); });
}

http::Response accept(web::Ctx& ctx) {
  auto id = path_id(ctx);
  return act(ctx, need_of_offer(ctx, id), "accepted", [&]() -> Result<Done> {
    auto role = parse_role(ctx.form.get("role"));
    if (!role) return role.error();
    return accept_offer(ctx.app.db(), ctx.actor, id, *role, core::now());
  });
}

http::Response decline_off(web::Ctx& ctx) {
  auto id = path_id(ctx);
  return act(ctx, need_of_offer(ctx, id), "offer_declined", [&]() -> Result<Done> {
    auto note = parse_note(ctx.form.get("note"));
    if (!note) return note.error();
    return decline_offer(ctx.app.db(), ctx.actor, id, *note, core::now());
  });
}

// The renderers other features registered, by kind; filled at start, read-only afterwards.
std::map<std::string, NotificationRenderer, std::less<>>& renderers() {
  static std::map<std::string, NotificationRenderer, std::less<>> map;
  return map;
}

// The line of one notification, spelled whole per kind for the unused-key test.
std::string_view notification_key(std::string_view kind) {
  if (kind == kInvitationReceived) return "mobilisation.notification.invitation_received";
  if (kind == kInvitationDeclined) return "mobilisation.notification.invitation_declined";
  if (kind == kInvitationExpired) return "mobilisation.notification.invitation_expired";
  if (kind == kInvitationWithdrawn) return "mobilisation.notification.invitation_withdrawn";
  if (kind == kOfferReceived) return "mobilisation.notification.offer_received";
  if (kind == kOfferAccepted) return "mobilisation.notification.offer_accepted";
  if (kind == kOfferDeclined) return "mobilisation.notification.offer_declined";
  if (kind == kOfferExpired) return "mobilisation.notification.offer_expired";
  return "mobilisation.notification.offer_withdrawn";
}

http::Response notifications_page(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::read_notifications); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto& db = ctx.app.db();
  auto list = st::notifications(db, ctx.actor.member_id, 100);
  if (!list) return web::reply_error(ctx, list.error());
  auto unread = st::unread_count(db, ctx.actor.member_id);
  if (!unread) return web::reply_error(ctx, unread.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  NotificationsView v;
  v.csrf = *csrf;
  v.unread = *unread;
  for (const auto& n : *list) {
    NotificationRow row;
    if (auto it = renderers().find(n.kind); it != renderers().end()) {
      auto line = it->second(ctx.lang, n);
      row.text = std::move(line.text);
      row.url = std::move(line.url);
    } else {
      row.text = i18n::format(ctx.lang, notification_key(n.kind),
                              {{"need", n.need_title}, {"other", n.other_name}});
      row.url = n.need_id ? "/needs/" + std::to_string(n.need_id) + "#mobilisation" : "/";
    }
    row.at = core::parse_iso(n.created_at).value_or(std::chrono::sys_seconds{});
    row.unread = n.unread;
    v.items.push_back(std::move(row));
  }
  v.layout = web::make_layout(
      ctx, std::string(i18n::catalogue(ctx.lang).text("mobilisation.notifications.title")), "");
  auto res =
      web::render(ctx.lang, 200, [&](web::Out& out) { tpl::mobilisation_notifications(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response mark_all_read(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  if (auto st = st::mark_read(ctx.app.db(), ctx.actor.member_id, core::iso_now()); !st) {
    return web::reply_error(ctx, st.error());
  }
  return http::Response::redirect("/notifications");
}

}  // namespace

void add_notification_kind(std::string kind, NotificationRenderer renderer) {
  renderers()[std::move(kind)] = std::move(renderer);
}

void register_pages(web::App& app, matching::Service& matching) {
  auto* m = &matching;
  app.post("/needs/{id}/invitations", [m](web::Ctx& ctx) { return invite(ctx, *m); });
  app.post("/needs/{id}/offers", [m](web::Ctx& ctx) { return offer(ctx, *m); });
  app.post("/invitations/{id}/decline", decline_inv);
  app.post("/offers/{id}/withdraw", withdraw);
  app.post("/offers/{id}/accept", accept);
  app.post("/offers/{id}/decline", decline_off);
  app.get("/notifications", notifications_page);
  app.post("/notifications/read", mark_all_read);
}

}  // namespace comdev::mobilisation
