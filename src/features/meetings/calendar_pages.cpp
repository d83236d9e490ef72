// A member's calendar: the zone they read times in and their secret feed (/account/calendar),
// and the feed itself (/calendar/feed.ics?token=…): the member's meetings of the last 30 days and
// ahead, for a calendar application that cannot sign in; cancelled ones stay in the feed, marked
// so, for the application to take them off (the page lists only those that hold). The token is the
// feed's only credential: it is shown once, stored hashed, and a new one or a revocation makes the
// old address 404. It travels in the query string, which the access log leaves out, never in the
// path it records.
#include "core/text.h"
#include "features/accounts/accounts_module.h"
#include "features/meetings/ics.h"
#include "features/meetings/meeting_actions.h"
#include "features/meetings/meeting_forms.h"
#include "features/meetings/meeting_labels.h"
#include "features/meetings/meeting_module.h"
#include "features/meetings/meeting_rules.h"
#include "features/meetings/meeting_store.h"
#include "features/teams/team_store.h"
#include "i18n/catalogue.h"
#include "tpl/meetings/calendar.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/private_page.h"
#include "web/session.h"

namespace comdev::meetings {
namespace {

namespace ms = meeting_store;

// A feed also shows what just happened (minutes written since), then looks ahead a year.
constexpr std::chrono::days kFeedPast{30};
constexpr std::chrono::days kFeedAhead{366};

Result<std::vector<Meeting>> meetings_of(store::Db& db, std::int64_t member_id, core::Seconds from,
                                         core::Seconds to) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto projects = teams::team_store::projects_of(**lease, member_id);
  if (!projects) return projects.error();
  return ms::of_projects(**lease, *projects, core::iso(from), core::iso(to));
}

http::Response calendar_page(web::Ctx& ctx, const std::string& feed_url = {},
                             std::vector<std::string> errors = {}) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto& db = ctx.app.db();
  Result<std::string> zone = std::string{};
  Result<bool> has = false;
  {
    // Given back before meetings_of takes one: a page never holds two connections.
    auto lease = db.acquire();
    if (!lease) return web::reply_error(ctx, lease.error());
    zone = ms::member_zone(**lease, ctx.actor.member_id);
    has = ms::has_feed(**lease, ctx.actor.member_id);
  }
  if (!zone) return web::reply_error(ctx, zone.error());
  if (!has) return web::reply_error(ctx, has.error());
  auto now = ctx.app.clock().now();
  auto list = meetings_of(db, ctx.actor.member_id, now, now + kFeedAhead);
  if (!list) return web::reply_error(ctx, list.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  CalendarView v;
  v.csrf = *csrf;
  v.zone = *zone;
  v.effective_zone = zone_for(*zone);
  for (auto z : kUsualZones) v.zones.emplace_back(z);
  v.zone_action = "/account/calendar/zone";
  v.renew_action = "/account/calendar/feed";
  v.revoke_action = "/account/calendar/feed/revoke";
  v.has_feed = *has;
  v.feed_url = feed_url;
  for (const auto& m : *list) {
    if (upcoming(m, now)) v.upcoming.push_back(row_of(ctx.lang, m, v.effective_zone));
  }
  v.errors = std::move(errors);
  auto done = ctx.query.get("done");
  if (done == "zone") v.notice = text(ctx, "meetings.calendar.zone_saved");
  if (done == "revoked") v.notice = text(ctx, "meetings.calendar.revoked");
  v.layout = web::make_layout(ctx, text(ctx, "meetings.calendar.title"), "account");
  auto res = web::render(ctx.lang, v.errors.empty() ? 200 : 422,
                         [&](web::Out& out) { tpl::meetings_calendar(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response calendar_get(web::Ctx& ctx) {
  return calendar_page(ctx);
}

http::Response zone_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto zone = parse_zone(ctx.form.get("time_zone"));
  if (!zone) {
    std::vector<std::string> errors;
    for (const auto& f : zone.error().fields) errors.push_back(text(ctx, f.message_id));
    return calendar_page(ctx, {}, std::move(errors));
  }
  if (auto st = set_zone(ctx.app.db(), ctx.actor.member_id, *zone); !st) {
    return web::reply_error(ctx, st.error());
  }
  return http::Response::redirect("/account/calendar?done=zone");
}

http::Response renew_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto token = renew_feed(ctx.app.db(), ctx.actor.member_id, ctx.app.clock().now());
  if (!token) return web::reply_error(ctx, token.error());
  // Shown in this answer only: the address is a secret, not kept anywhere readable.
  return calendar_page(ctx, ctx.app.config().base_url + "/calendar/feed.ics?token=" + *token);
}

http::Response revoke_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  if (auto st = revoke_feed(ctx.app.db(), ctx.actor.member_id); !st) {
    return web::reply_error(ctx, st.error());
  }
  return http::Response::redirect("/account/calendar?done=revoked");
}

http::Response feed_get(web::Ctx& ctx) {
  auto token = ctx.query.get("token");
  if (token.empty() || token.size() > 100) return web::reply_error(ctx, Error::not_found());
  Result<std::int64_t> owner = std::int64_t{0};
  {
    auto lease = ctx.app.db().acquire();
    if (!lease) return web::reply_error(ctx, lease.error());
    owner = ms::feed_owner(**lease, web::hash_token(token));
  }
  if (!owner) return web::reply_error(ctx, owner.error());
  if (*owner == 0) return web::reply_error(ctx, Error::not_found());
  auto now = ctx.app.clock().now();
  auto list = meetings_of(ctx.app.db(), *owner, now - kFeedPast, now + kFeedAhead);
  if (!list) return web::reply_error(ctx, list.error());
  std::vector<ics::Event> events;
  for (const auto& m : *list) events.push_back(event_of(ctx.app, m));
  auto body = ics::calendar(events, text(ctx, "meetings.calendar.feed_name"), now);
  if (!body) return web::reply_error(ctx, body.error());
  return calendar_response(std::move(*body), "comdev.ics");
}

}  // namespace

ics::Event event_of(const web::App& app, const Meeting& m) {
  const std::string& base = app.config().base_url;
  auto host = base.substr(base.find("://") == std::string::npos ? 0 : base.find("://") + 3);
  host = host.substr(0, host.find('/'));
  host = host.substr(0, host.find(':'));
  // The platform's sending address speaks for the meeting: replies reach no one's inbox.
  std::string from = app.config().smtp_from;
  if (auto lt = from.find('<'), gt = from.find('>'); lt != std::string::npos && gt > lt) {
    from = from.substr(lt + 1, gt - lt - 1);
  }
  ics::Event e;
  e.meeting = m;
  e.uid = "meeting-" + std::to_string(m.id) + "@" + host;
  e.url = base + "/meetings/" + std::to_string(m.id);
  if (from.find('@') != std::string::npos) e.organizer = "mailto:" + from;
  e.organizer_name = m.project_title;
  return e;
}

http::Response calendar_response(std::string body, const std::string& filename) {
  http::Response r;
  r.status = 200;
  r.body = std::move(body);
  r.header("Content-Type", "text/calendar; charset=utf-8");
  r.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  r.header("Cache-Control", "private, no-store");
  return r;
}

void register_calendar_pages(web::App& app) {
  app.get("/account/calendar", calendar_get);
  app.post("/account/calendar/zone", zone_form);
  app.post("/account/calendar/feed", renew_form);
  app.post("/account/calendar/feed/revoke", revoke_form);
  app.get("/calendar/feed.ics", feed_get);
}

}  // namespace comdev::meetings
