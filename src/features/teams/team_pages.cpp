// The team page (/projects/{id}/team) and its forms: ask to join, answer a request, add a member,
// change a role, take someone out, leave. Thin: each form goes to a use case of team_actions.h
// and back to the page with a notice; a refusal is the error page with its reason.
#include <algorithm>

#include "core/text.h"
#include "features/activity/activity_permissions.h"
#include "features/activity/activity_store.h"
#include "features/activity/activity_text.h"
#include "features/teams/team_actions.h"
#include "features/teams/team_labels.h"
#include "features/teams/team_module.h"
#include "features/teams/team_permissions.h"
#include "features/teams/team_store.h"
#include "features/teams/team_views.h"
#include "http/percent.h"
#include "i18n/catalogue.h"
#include "tpl/teams/member.h"
#include "tpl/teams/team.h"
#include "web/app.h"
#include "web/errors.h"

namespace comdev::teams {
namespace {

std::string team_path(std::int64_t project_id) {
  return "/projects/" + std::to_string(project_id) + "/team";
}

http::Response back(std::int64_t project_id, std::string_view done) {
  return http::Response::redirect(team_path(project_id) + "?done=" + std::string(done));
}

Status load_actor(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return s.error();
  return {};
}

Status signed_in(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return s;
  if (!ctx.actor.signed_in()) return Error::forbidden("errors.sign_in_required");
  return {};
}

// At most this many lines of "what changed since my last visit"; the timeline has the rest.
constexpr int kChangesShown = 8;

// Notes this look of a team member and lists what others did before their visit began.
Status changes_since_visit(web::Ctx& ctx, store::Conn& c, std::int64_t project_id,
                           std::optional<RoleKind> role, TeamPageView& v) {
  if (!activity::can(ctx.actor, activity::Action::see_since_visit, {role})) return {};
  auto last =
      activity::activity_store::visit(c, project_id, ctx.actor.member_id, ctx.app.clock().now());
  if (!last) return last.error();
  if (last->empty()) return {};
  v.since_visit = true;
  auto events =
      activity::activity_store::since(c, project_id, ctx.actor.member_id, *last, kChangesShown);
  if (!events) return events.error();
  for (const auto& e : *events) {
    v.changes.push_back({activity::sentence(ctx.lang, e), e.path,
                         core::parse_iso(e.at).value_or(std::chrono::sys_seconds{})});
  }
  return {};
}

Result<TeamPageView> team_view(web::Ctx& ctx, std::int64_t project_id) {
  auto lease = ctx.app.db().acquire();
  if (!lease) return lease.error();
  store::Conn& c = **lease;
  auto s = standing(c, ctx.actor, project_id);
  if (!s) return s.error();
  auto team = team_store::members(c, project_id);
  if (!team) return team.error();
  const web::Actor& a = ctx.actor;
  const Subject subject{s->role};
  TeamPageView v;
  v.project_title = s->project.title;
  v.project_url = "/projects/" + std::to_string(project_id);
  const std::string base = team_path(project_id);
  v.can_manage = can(a, Action::add_member, subject).allowed;
  for (const auto& m : *team) {
    MemberRow row;
    row.name = m.display_name;
    row.url = "/members/" + std::to_string(m.member_id);
    row.kind_label = kind_label(ctx.lang, m.kind);
    row.title = m.title;
    row.by_organisation = m.by_organisation;
    row.is_reader = m.member_id == a.member_id;
    row.manageable = v.can_manage && !m.by_organisation;
    row.manage_url = base + "/members/" + std::to_string(m.member_id);
    v.members.push_back(std::move(row));
  }
  if (can(a, Action::answer_request, subject)) {
    auto requests = team_store::open_requests(c, project_id);
    if (!requests) return requests.error();
    for (const auto& r : *requests) {
      v.requests.push_back({r.display_name, "/members/" + std::to_string(r.member_id), r.message,
                            "/team-requests/" + std::to_string(r.id) + "/answer",
                            core::parse_iso(r.created_at).value_or(std::chrono::sys_seconds{})});
    }
  }
  v.add_action = base + "/members";
  v.kinds = kind_options(ctx.lang, RoleKind::expert);
  v.can_request = a.signed_in() && can(a, Action::request_join, subject).allowed;
  if (v.can_request) {
    auto open = team_store::open_request_of(c, project_id, a.member_id);
    if (!open) return open.error();
    v.request_open = open->has_value();
  }
  v.request_action = base + "/requests";
  v.sign_in_to_join = !a.signed_in();
  v.sign_in_url = "/account/signin?next=" + http::percent_encode(base);
  v.can_leave = s->role.has_value() && can(a, Action::leave, subject).allowed;
  v.leave_action = base + "/leave";
  v.can_view_workspace = can(a, Action::view_workspace, subject).allowed;
  v.discussion_url = "/projects/" + std::to_string(project_id) + "/discussion";
  v.tasks_url = "/projects/" + std::to_string(project_id) + "/tasks";
  v.documents_url = "/projects/" + std::to_string(project_id) + "/documents";
  v.ledger_url = "/projects/" + std::to_string(project_id) + "/ledger/team";
  v.decisions_url = "/projects/" + std::to_string(project_id) + "/decisions";
  v.activity_url = "/projects/" + std::to_string(project_id) + "/activity";
  if (auto r = changes_since_visit(ctx, c, project_id, s->role, v); !r) return r.error();
  v.notice = notice(ctx.lang, ctx.query.get("done"));
  return v;
}

http::Response team_page(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = path_id(ctx);
  auto v = team_view(ctx, id);
  if (!v) return web::reply_error(ctx, v.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v->csrf = *csrf;
  v->layout = web::make_layout(
      ctx,
      std::string(i18n::catalogue(ctx.lang).text("teams.page.title")) + " — " + v->project_title,
      "projects");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::teams_team(out, *v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response member_page(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto project_id = path_id(ctx);
  auto member_id = path_id(ctx, "member");
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  store::Conn& c = **lease;
  auto s = standing(c, ctx.actor, project_id);
  if (!s) return web::reply_error(ctx, s.error());
  const Subject subject{s->role};
  MemberManageView v;
  v.can_change_role = can(ctx.actor, Action::change_role, subject).allowed;
  v.can_remove = can(ctx.actor, Action::remove_member, subject).allowed;
  if (!v.can_change_role && !v.can_remove) {
    return web::reply_error(ctx, can(ctx.actor, Action::change_role, subject).forbidden());
  }
  auto team = team_store::members(c, project_id);
  if (!team) return web::reply_error(ctx, team.error());
  auto m = std::find_if(team->begin(), team->end(),
                        [&](const Member& x) { return x.member_id == member_id; });
  // A representative is in the team through the organisation: nothing to manage here.
  if (m == team->end() || m->by_organisation) return web::reply_error(ctx, Error::not_found());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  v.project_title = s->project.title;
  v.project_url = "/projects/" + std::to_string(project_id);
  const std::string base = team_path(project_id);
  v.team_url = base;
  v.name = m->display_name;
  v.url = "/members/" + std::to_string(member_id);
  v.kind_label = kind_label(ctx.lang, m->kind);
  v.title = m->title;
  v.role_action = base + "/members/" + std::to_string(member_id) + "/role";
  v.remove_action = base + "/members/" + std::to_string(member_id) + "/remove";
  v.kinds = kind_options(ctx.lang, m->kind);
  v.layout = web::make_layout(ctx, v.name + " — " + v.project_title, "projects");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::teams_member(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

// Runs a use case for a signed-in member and goes back to the team page with a notice.
template <class Run>
http::Response act(web::Ctx& ctx, std::string_view done, Run run) {
  if (auto s = signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  Result<std::int64_t> project = run();
  if (!project) return web::reply_error(ctx, project.error());
  return back(*project, done);
}

http::Response request_join_form(web::Ctx& ctx) {
  auto id = path_id(ctx);
  return act(ctx, "requested", [&]() -> Result<std::int64_t> {
    auto msg = parse_request_message(ctx.form.get("message"));
    if (!msg) return msg.error();
    auto r = request_join(ctx.app.db(), ctx.actor, id, *msg, ctx.app.clock().now());
    if (!r) return r.error();
    return id;
  });
}

http::Response answer_form(web::Ctx& ctx) {
  auto decision = ctx.form.get("decision");
  if (decision != "accept" && decision != "decline") {
    return web::reply_error(
        ctx, Error::invalid("errors.invalid", {{"decision", "teams.errors.decision"}}));
  }
  bool accept = decision == "accept";
  return act(ctx, accept ? "accepted" : "declined", [&]() -> Result<std::int64_t> {
    return answer_request(ctx.app.db(), ctx.actor, path_id(ctx), accept, ctx.app.clock().now());
  });
}

http::Response add_form(web::Ctx& ctx) {
  auto id = path_id(ctx);
  return act(ctx, "added", [&]() -> Result<std::int64_t> {
    auto in =
        parse_new_member(ctx.form.get("email"), ctx.form.get("role_kind"), ctx.form.get("title"));
    if (!in) return in.error();
    if (auto r = add_member(ctx.app.db(), ctx.actor, id, *in, ctx.app.clock().now()); !r) {
      return r.error();
    }
    return id;
  });
}

http::Response role_form(web::Ctx& ctx) {
  auto id = path_id(ctx);
  return act(ctx, "role", [&]() -> Result<std::int64_t> {
    auto in = parse_role(ctx.form.get("role_kind"), ctx.form.get("title"));
    if (!in) return in.error();
    if (auto r = change_role(ctx.app.db(), ctx.actor, id, path_id(ctx, "member"), *in,
                             ctx.app.clock().now());
        !r) {
      return r.error();
    }
    return id;
  });
}

http::Response remove_form(web::Ctx& ctx) {
  auto id = path_id(ctx);
  return act(ctx, "removed", [&]() -> Result<std::int64_t> {
    if (auto r = remove_member(ctx.app.db(), ctx.actor, id, path_id(ctx, "member"),
                               ctx.app.clock().now());
        !r) {
      return r.error();
    }
    return id;
  });
}

http::Response leave_form(web::Ctx& ctx) {
  auto id = path_id(ctx);
  return act(ctx, "left", [&]() -> Result<std::int64_t> {
    if (auto r = leave(ctx.app.db(), ctx.actor, id, ctx.app.clock().now()); !r) return r.error();
    return id;
  });
}

}  // namespace

void register_team_pages(web::App& app) {
  app.get("/projects/{id:int}/team", team_page);
  app.post("/projects/{id:int}/team/requests", request_join_form);
  app.post("/team-requests/{id:int}/answer", answer_form);
  app.post("/projects/{id:int}/team/members", add_form);
  app.get("/projects/{id:int}/team/members/{member:int}", member_page);
  app.post("/projects/{id:int}/team/members/{member:int}/role", role_form);
  app.post("/projects/{id:int}/team/members/{member:int}/remove", remove_form);
  app.post("/projects/{id:int}/team/leave", leave_form);
}

}  // namespace comdev::teams
