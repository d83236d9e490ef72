// The project's activity timeline (/projects/{id}/activity): what happened in the workspace,
// newest first, 30 a page (?before=ID, keyset on the events' ids). Private as the workspace is.
#include "core/text.h"
#include "features/activity/activity_module.h"
#include "features/activity/activity_permissions.h"
#include "features/activity/activity_store.h"
#include "features/activity/activity_text.h"
#include "features/teams/team_actions.h"
#include "i18n/catalogue.h"
#include "tpl/activity/timeline.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::activity {
namespace {

constexpr int kPerPage = 30;

struct EventRow {
  std::string text, url;
  std::chrono::sys_seconds at{};
};

struct TimelineView {
  web::LayoutView layout;
  std::string project_title, project_url, team_url, older_url, newer_url;
  std::vector<EventRow> events;
};

http::Response timeline_page(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto project_id = core::parse_id(ctx.req.param("id"));
  auto s = teams::standing(ctx.app.db(), ctx.actor, project_id);
  if (!s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::view_timeline, {s->role}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto before = core::parse_id(ctx.query.get("before"));
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  // One more than the page tells whether an older page exists.
  auto list = activity_store::timeline(**lease, project_id, before, kPerPage + 1);
  if (!list) return web::reply_error(ctx, list.error());
  TimelineView v;
  v.project_title = s->project.title;
  v.project_url = "/projects/" + std::to_string(project_id);
  v.team_url = v.project_url + "/team";
  bool more = static_cast<int>(list->size()) > kPerPage;
  if (more) list->pop_back();
  for (const auto& e : *list) {
    v.events.push_back({sentence(ctx.lang, e), e.path,
                        core::parse_iso(e.at).value_or(std::chrono::sys_seconds{})});
  }
  if (more) v.older_url = v.project_url + "/activity?before=" + std::to_string(list->back().id);
  if (before) v.newer_url = v.project_url + "/activity";
  v.layout = web::make_layout(
      ctx, std::string(i18n::catalogue(ctx.lang).text("activity.title")) + " — " + v.project_title,
      "projects");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::activity_timeline(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/projects/{id:int}/activity", timeline_page);
}

}  // namespace comdev::activity
