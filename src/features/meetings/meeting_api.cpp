// The meetings API (bearer token of a member):
//   GET  /api/v1/projects/{id}/meetings        → {meetings}
//   POST /api/v1/projects/{id}/meetings {title, date, start, end, time_zone, place, video_url,
//        agenda}                               → 201 meeting
//   POST /api/v1/meetings/{id}/rsvp {answer}   → meeting (409 once it is cancelled)
//   POST /api/v1/meetings/{id}/cancel {reason?} → meeting, cancelled (again: the same, unchanged)
// The same forms and use cases as the pages.
#include <map>

#include <nlohmann/json.hpp>

#include "core/text.h"
#include "features/meetings/meeting_actions.h"
#include "features/meetings/meeting_api_doc.h"
#include "features/meetings/meeting_forms.h"
#include "features/meetings/meeting_module.h"
#include "features/meetings/meeting_permissions.h"
#include "features/meetings/meeting_store.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/json_body.h"
#include "web/markdown.h"

namespace comdev::meetings {
namespace {

using nlohmann::json;
namespace ms = meeting_store;

Result<json> meeting_json(store::Conn& c, const Meeting& m, std::int64_t reader) {
  auto answers = ms::answers(c, m.id);
  if (!answers) return answers.error();
  int yes = 0, no = 0, maybe = 0;
  json mine;
  for (const auto& r : *answers) {
    (r.answer == Answer::yes ? yes : r.answer == Answer::no ? no : maybe) += 1;
    if (r.member_id == reader) mine = std::string(name(r.answer));
  }
  return json{{"id", m.id},
              {"project_id", m.project_id},
              {"title", m.title},
              {"local_start", civiltime::to_text(m.local_start)},
              {"local_end", civiltime::to_text(m.local_end)},
              {"time_zone", m.time_zone},
              {"starts_at", m.starts_at},
              {"ends_at", m.ends_at},
              {"place", m.place},
              {"video_url", m.video_url},
              {"agenda_md", m.agenda_md},
              {"agenda_html", web::markdown_to_html(m.agenda_md)},
              {"minutes_md", m.minutes_md},
              {"minutes_html", web::markdown_to_html(m.minutes_md)},
              {"answers", {{"yes", yes}, {"no", no}, {"maybe", maybe}}},
              {"my_answer", mine},
              {"cancelled_at", m.cancelled() ? json(m.cancelled_at) : json(nullptr)},
              {"cancel_reason", m.cancel_reason},
              {"sequence", m.sequence}};
}

Result<json> one(web::Ctx& ctx, std::int64_t id) {
  auto a = readable_meeting(ctx.app.db(), ctx.actor, id);
  if (!a) return a.error();
  auto lease = ctx.app.db().acquire();
  if (!lease) return lease.error();
  return meeting_json(**lease, a->meeting, ctx.actor.member_id);
}

http::Response list_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto id = path_id(ctx);
  auto s = readable_project(ctx.app.db(), ctx.actor, id);
  if (!s) return web::reply_error(ctx, s.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto list = ms::of_project(**lease, id, kMeetingsListed);
  if (!list) return web::reply_error(ctx, list.error());
  json out = json::array();
  for (const auto& m : *list) {
    auto j = meeting_json(**lease, m, ctx.actor.member_id);
    if (!j) return web::reply_error(ctx, j.error());
    out.push_back(std::move(*j));
  }
  return http::Response::json(json{{"meetings", out}}.dump());
}

http::Response schedule_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  std::map<std::string, std::string> f;
  for (const char* k :
       {"title", "date", "start", "end", "time_zone", "place", "video_url", "agenda"}) {
    auto v = web::json_field(*doc, k);
    if (!v) return web::reply_error(ctx, v.error());
    f[k] = std::move(*v);
  }
  auto project_id = path_id(ctx);
  // The refusal before anything is said about the body.
  auto s = teams::standing(ctx.app.db(), ctx.actor, project_id);
  if (!s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::schedule, {s->role}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto in = parse_meeting({f["title"], f["date"], f["start"], f["end"], f["time_zone"], f["place"],
                           f["video_url"], f["agenda"]});
  if (!in) return web::reply_error(ctx, in.error());
  auto id = schedule(ctx.app.db(), ctx.actor, project_id, *in, ctx.app.clock().now());
  if (!id) return web::reply_error(ctx, id.error());
  auto j = one(ctx, *id);
  if (!j) return web::reply_error(ctx, j.error());
  return http::Response::json(j->dump(), 201);
}

http::Response rsvp_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  auto raw = web::json_field(*doc, "answer");
  if (!raw) return web::reply_error(ctx, raw.error());
  auto id = path_id(ctx);
  if (auto a = readable_meeting(ctx.app.db(), ctx.actor, id); !a) {
    return web::reply_error(ctx, a.error());
  }
  auto a = parse_answer_field(*raw);
  if (!a) return web::reply_error(ctx, a.error());
  if (auto st = answer(ctx.app.db(), ctx.actor, id, *a, ctx.app.clock().now()); !st) {
    return web::reply_error(ctx, st.error());
  }
  auto j = one(ctx, id);
  if (!j) return web::reply_error(ctx, j.error());
  return http::Response::json(j->dump());
}

http::Response cancel_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  // The reason is optional, and so is the body that would carry it.
  Result<json> doc = json::object();
  if (!ctx.req.body.empty()) doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  auto raw = web::json_field(*doc, "reason");
  if (!raw) return web::reply_error(ctx, raw.error());
  auto id = path_id(ctx);
  // The refusal before anything is said about the body.
  auto a = readable_meeting(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  if (auto d = can(ctx.actor, Action::cancel, {a->standing.role}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto reason = parse_cancel_reason(*raw);
  if (!reason) return web::reply_error(ctx, reason.error());
  if (auto r = cancel(ctx.app.db(), ctx.actor, id, *reason, ctx.app.clock().now()); !r) {
    return web::reply_error(ctx, r.error());
  }
  auto j = one(ctx, id);
  if (!j) return web::reply_error(ctx, j.error());
  return http::Response::json(j->dump());
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/projects/{id:int}/meetings", list_api, api_doc::kMeetings);
  app.post("/api/v1/projects/{id:int}/meetings", schedule_api, api_doc::kSchedule);
  app.post("/api/v1/meetings/{id:int}/rsvp", rsvp_api, api_doc::kRsvp);
  app.post("/api/v1/meetings/{id:int}/cancel", cancel_api, api_doc::kCancel);
}

}  // namespace comdev::meetings
