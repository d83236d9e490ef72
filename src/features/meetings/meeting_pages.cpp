// The meetings' pages: a project's meetings with the form that sets one up
// (/projects/{id}/meetings), a meeting (/meetings/{id}) with the answer form, the minutes and
// the cancellation (/meetings/{id}/cancel), and its calendar file (/meetings/{id}/calendar.ics).
// Thin: each form goes to a use case of meeting_actions.h; a form with errors comes back with what
// was typed and a 422.
#include "core/text.h"
#include "features/meetings/ics.h"
#include "features/meetings/meeting_actions.h"
#include "features/meetings/meeting_forms.h"
#include "features/meetings/meeting_labels.h"
#include "features/meetings/meeting_module.h"
#include "features/meetings/meeting_permissions.h"
#include "features/meetings/meeting_rules.h"
#include "features/meetings/meeting_store.h"
#include "i18n/catalogue.h"
#include "i18n/format.h"
#include "tpl/meetings/list.h"
#include "tpl/meetings/meeting.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/form_messages.h"
#include "web/markdown.h"
#include "web/private_page.h"

namespace comdev::meetings {
namespace {

namespace ms = meeting_store;

// ---- a project's meetings ----

http::Response list_page(web::Ctx& ctx, const MeetingForm& typed = {},
                         std::vector<std::string> errors = {}) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto project_id = path_id(ctx);
  auto s = readable_project(ctx.app.db(), ctx.actor, project_id);
  if (!s) return web::reply_error(ctx, s.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto list = ms::of_project(**lease, project_id, kMeetingsListed);
  if (!list) return web::reply_error(ctx, list.error());
  auto zone = ms::member_zone(**lease, ctx.actor.member_id);
  if (!zone) return web::reply_error(ctx, zone.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  ListView v;
  v.csrf = *csrf;
  v.project_title = s->project.title;
  const std::string base = "/projects/" + std::to_string(project_id);
  v.project_url = base;
  v.team_url = base + "/team";
  v.calendar_url = "/account/calendar";
  v.your_zone = zone_for(*zone);
  const auto now = ctx.app.clock().now();
  // Upcoming soonest first; past and cancelled ones latest first.
  for (auto it = list->rbegin(); it != list->rend(); ++it) {
    if (upcoming(*it, now)) v.upcoming.push_back(row_of(ctx.lang, *it, v.your_zone));
  }
  for (const auto& m : *list) {
    if (m.cancelled()) {
      v.cancelled.push_back(row_of(ctx.lang, m, v.your_zone));
    } else if (!upcoming(m, now)) {
      v.past.push_back(row_of(ctx.lang, m, v.your_zone));
    }
  }
  v.can_schedule = can(ctx.actor, Action::schedule, {s->role}).allowed;
  v.action = base + "/meetings";
  v.form = typed;
  if (v.form.time_zone.empty()) v.form.time_zone = std::string(kCommunityZone);
  for (auto z : kUsualZones) v.zones.emplace_back(z);
  v.errors = std::move(errors);
  v.layout =
      web::make_layout(ctx, text(ctx, "meetings.list.title") + " — " + v.project_title, "projects");
  return web::render_private(ctx, v.errors.empty() ? 200 : 422,
                             [&](web::Out& out) { tpl::meetings_list(out, v); });
}

http::Response list_get(web::Ctx& ctx) {
  return list_page(ctx);
}

MeetingForm typed_form(web::Ctx& ctx) {
  auto f = [&](const char* name) { return std::string(ctx.form.get(name)); };
  return {f("title"),     f("date"),  f("start"),     f("end"),
          f("time_zone"), f("place"), f("video_url"), f("agenda")};
}

http::Response schedule_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  MeetingForm typed = typed_form(ctx);
  auto project_id = path_id(ctx);
  // Only someone who may organise sees their text again; the others get the refusal.
  auto s = teams::standing(ctx.app.db(), ctx.actor, project_id);
  if (!s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::schedule, {s->role}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto in = parse_meeting({typed.title, typed.date, typed.start, typed.end, typed.time_zone,
                           typed.place, typed.video_url, typed.agenda});
  if (!in) return list_page(ctx, typed, web::form_messages(ctx.lang, in.error()));
  auto id = schedule(ctx.app.db(), ctx.actor, project_id, *in, ctx.app.clock().now());
  if (!id) return web::reply_error(ctx, id.error());
  return http::Response::redirect("/meetings/" + std::to_string(*id));
}

// ---- a meeting ----

// The form of a meeting as it is set.
MeetingForm form_of(const Meeting& m) {
  return {m.title,
          civiltime::date_text(m.local_start),
          civiltime::time_text(m.local_start),
          civiltime::time_text(m.local_end),
          m.time_zone,
          m.place,
          m.video_url,
          m.agenda_md};
}

// A form of the meeting page refused with field errors: what was typed comes back with them.
struct Refused {
  std::string minutes;
  std::vector<std::string> errors;
  const MeetingForm* edit = nullptr;
  std::vector<std::string> edit_errors;
  std::string reason;
  std::vector<std::string> cancel_errors;
};

std::string day_of_instant(i18n::Lang lang, const std::string& iso) {
  auto t = core::parse_iso(iso);
  if (!t) return iso;
  return i18n::format_day(lang,
                          std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(*t)});
}

http::Response meeting_page(web::Ctx& ctx, Refused refused = {}) {
  const std::string& typed_minutes = refused.minutes;
  const MeetingForm* typed_edit = refused.edit;
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto a = readable_meeting(ctx.app.db(), ctx.actor, path_id(ctx));
  if (!a) return web::reply_error(ctx, a.error());
  const Meeting& m = a->meeting;
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto zone = ms::member_zone(**lease, ctx.actor.member_id);
  if (!zone) return web::reply_error(ctx, zone.error());
  auto answers = ms::answers(**lease, m.id);
  if (!answers) return web::reply_error(ctx, answers.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  const Subject subject{a->standing.role};
  MeetingView v;
  v.csrf = *csrf;
  v.title = m.title;
  v.project_title = m.project_title;
  v.project_url = "/projects/" + std::to_string(m.project_id);
  v.list_url = v.project_url + "/meetings";
  v.ics_url = "/meetings/" + std::to_string(m.id) + "/calendar.ics";
  v.calendar_url = "/account/calendar";
  auto row = row_of(ctx.lang, m, zone_for(*zone));
  v.original = row.original;
  v.yours = row.yours;
  v.show_yours = row.show_yours;
  v.place = m.place;
  v.video_url = m.video_url;
  v.agenda_html = web::markdown_to_html(m.agenda_md);
  v.minutes_html = web::markdown_to_html(m.minutes_md);
  std::optional<Answer> mine;
  for (const auto& r : *answers) {
    v.answers.push_back({r.display_name, answer_label(ctx.lang, r.answer)});
    (r.answer == Answer::yes ? v.yes : r.answer == Answer::no ? v.no : v.maybe) += 1;
    if (r.member_id == ctx.actor.member_id) mine = r.answer;
  }
  v.cancelled = m.cancelled();
  v.cancel_reason = m.cancel_reason;
  if (v.cancelled) v.cancelled_on = day_of_instant(ctx.lang, m.cancelled_at);
  // A cancelled meeting offers no form: it takes no answer, change or minutes any more.
  v.can_rsvp = !v.cancelled && can(ctx.actor, Action::rsvp, subject).allowed;
  for (auto ans : {Answer::yes, Answer::maybe, Answer::no}) {
    v.answers_offered.push_back({std::string(name(ans)), answer_label(ctx.lang, ans), mine == ans});
  }
  v.rsvp_action = "/meetings/" + std::to_string(m.id) + "/rsvp";
  v.can_edit = !v.cancelled && can(ctx.actor, Action::edit, subject).allowed;
  v.edit_action = "/meetings/" + std::to_string(m.id) + "/edit";
  v.form = typed_edit ? *typed_edit : form_of(m);
  for (auto z : kUsualZones) v.zones.emplace_back(z);
  v.edit_errors = std::move(refused.edit_errors);
  v.can_minutes = !v.cancelled && can(ctx.actor, Action::write_minutes, subject).allowed;
  v.minutes_open = minutes_open(m, ctx.app.clock().now());
  v.minutes_action = "/meetings/" + std::to_string(m.id) + "/minutes";
  v.minutes_md = typed_minutes.empty() ? m.minutes_md : typed_minutes;
  v.errors = std::move(refused.errors);
  v.can_cancel = !v.cancelled && can(ctx.actor, Action::cancel, subject).allowed;
  v.cancel_action = "/meetings/" + std::to_string(m.id) + "/cancel";
  v.cancel_typed = refused.reason;
  v.cancel_errors = std::move(refused.cancel_errors);
  auto done = ctx.query.get("done");
  if (done == "answered") v.notice = text(ctx, "meetings.notice.answered");
  if (done == "minutes") v.notice = text(ctx, "meetings.notice.minutes");
  if (done == "changed") v.notice = text(ctx, "meetings.notice.changed");
  if (done == "cancelled") v.notice = text(ctx, "meetings.notice.cancelled");
  v.layout = web::make_layout(ctx, m.title + " — " + m.project_title, "projects");
  const bool refused_form = !v.errors.empty() || !v.edit_errors.empty() || !v.cancel_errors.empty();
  return web::render_private(ctx, refused_form ? 422 : 200,
                             [&](web::Out& out) { tpl::meetings_meeting(out, v); });
}

http::Response meeting_get(web::Ctx& ctx) {
  return meeting_page(ctx);
}

http::Response rsvp_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = path_id(ctx);
  auto a = parse_answer_field(ctx.form.get("answer"));
  if (!a) return web::reply_error(ctx, a.error());
  if (auto st = answer(ctx.app.db(), ctx.actor, id, *a, ctx.app.clock().now()); !st) {
    return web::reply_error(ctx, st.error());
  }
  return http::Response::redirect("/meetings/" + std::to_string(id) + "?done=answered");
}

http::Response minutes_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = path_id(ctx);
  std::string typed(ctx.form.get("minutes"));
  auto md = parse_minutes(typed);
  if (!md) {
    // The refusal first for those who may not write here, then the form's errors.
    auto a = readable_meeting(ctx.app.db(), ctx.actor, id);
    if (!a) return web::reply_error(ctx, a.error());
    if (auto d = can(ctx.actor, Action::write_minutes, {a->standing.role}); !d) {
      return web::reply_error(ctx, d.forbidden());
    }
    Refused r;
    r.minutes = typed;
    r.errors = web::form_messages(ctx.lang, md.error());
    return meeting_page(ctx, std::move(r));
  }
  if (auto st = write_minutes(ctx.app.db(), ctx.actor, id, *md, ctx.app.clock().now()); !st) {
    if (st.error().code == ErrorCode::invalid) {
      Refused r;
      r.minutes = typed;
      r.errors = web::form_messages(ctx.lang, st.error());
      return meeting_page(ctx, std::move(r));
    }
    return web::reply_error(ctx, st.error());
  }
  return http::Response::redirect("/meetings/" + std::to_string(id) + "?done=minutes");
}

http::Response edit_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = path_id(ctx);
  MeetingForm typed = typed_form(ctx);
  // The refusal first for those who may not change it; then the form's errors.
  auto a = readable_meeting(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  if (auto d = can(ctx.actor, Action::edit, {a->standing.role}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto in = parse_meeting({typed.title, typed.date, typed.start, typed.end, typed.time_zone,
                           typed.place, typed.video_url, typed.agenda});
  if (!in) {
    Refused r;
    r.edit = &typed;
    r.edit_errors = web::form_messages(ctx.lang, in.error());
    return meeting_page(ctx, std::move(r));
  }
  if (auto st = edit(ctx.app.db(), ctx.actor, id, *in, ctx.app.clock().now()); !st) {
    return web::reply_error(ctx, st.error());
  }
  return http::Response::redirect("/meetings/" + std::to_string(id) + "?done=changed");
}

http::Response cancel_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = path_id(ctx);
  std::string typed(ctx.form.get("reason"));
  auto reason = parse_cancel_reason(typed);
  if (!reason) {
    // The refusal first for those who may not cancel; then the form's errors.
    auto a = readable_meeting(ctx.app.db(), ctx.actor, id);
    if (!a) return web::reply_error(ctx, a.error());
    if (auto d = can(ctx.actor, Action::cancel, {a->standing.role}); !d) {
      return web::reply_error(ctx, d.forbidden());
    }
    Refused r;
    r.reason = typed;
    r.cancel_errors = web::form_messages(ctx.lang, reason.error());
    return meeting_page(ctx, std::move(r));
  }
  if (auto r = cancel(ctx.app.db(), ctx.actor, id, *reason, ctx.app.clock().now()); !r) {
    return web::reply_error(ctx, r.error());
  }
  return http::Response::redirect("/meetings/" + std::to_string(id) + "?done=cancelled");
}

http::Response ics_get(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto a = readable_meeting(ctx.app.db(), ctx.actor, path_id(ctx));
  if (!a) return web::reply_error(ctx, a.error());
  auto body = ics::calendar({event_of(ctx.app, a->meeting)}, "", ctx.app.clock().now(),
                            ics::method_for(a->meeting));
  if (!body) return web::reply_error(ctx, body.error());
  return calendar_response(std::move(*body), "meeting-" + std::to_string(a->meeting.id) + ".ics");
}

}  // namespace

void register_meeting_pages(web::App& app) {
  app.get("/projects/{id:int}/meetings", list_get);
  app.post("/projects/{id:int}/meetings", schedule_form);
  app.get("/meetings/{id:int}", meeting_get);
  app.post("/meetings/{id:int}/rsvp", rsvp_form);
  app.post("/meetings/{id:int}/minutes", minutes_form);
  app.post("/meetings/{id:int}/edit", edit_form);
  app.post("/meetings/{id:int}/cancel", cancel_form);
  app.get("/meetings/{id:int}/calendar.ics", ics_get);
}

}  // namespace comdev::meetings
