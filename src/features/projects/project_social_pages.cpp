// What readers and carriers add around a project: dated updates (carrier), follow / unfollow and
// comments (members), reports of a comment (members) and hiding it (animators), translations of
// the title and summary (carrier).
#include "features/accounts/accounts_module.h"
#include "features/projects/project_forms.h"
#include "features/projects/project_module.h"
#include "features/projects/project_page_view.h"
#include "features/projects/project_store.h"
#include "features/projects/project_views.h"
#include "i18n/message.h"
#include "tpl/projects/moderation.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::projects {
namespace {

std::string back(std::int64_t id, std::string_view anchor) {
  return "/projects/" + std::to_string(id) + std::string(anchor);
}

// The project of the URL and the actor's right to `action` on it.
Result<Loaded> allowed(web::Ctx& ctx, Action action) {
  auto session = ctx.session();
  if (!session) return session.error();
  auto l = load_project(ctx);
  if (!l) return l.error();
  auto d = can(ctx.actor, action, l->subject);
  if (!d) return d.forbidden();
  return l;
}

http::Response post_update(web::Ctx& ctx) {
  auto l = allowed(ctx, Action::post_update);
  if (!l) return web::reply_error(ctx, l.error());
  auto in = parse_update(ctx.form);
  if (!in) {
    if (in.error().fields.empty()) return web::reply_error(ctx, in.error());
    ShowView typed;
    typed.update_title = std::string(ctx.form.get("title"));
    typed.update_body = std::string(ctx.form.get("body_md"));
    return show_with_errors(ctx, *l, in.error(), 422, &typed);
  }
  auto id = project_store::add_update(ctx.app.db(), ctx.actor.member_id, l->project.id, *in);
  if (!id) return web::reply_error(ctx, id.error());
  return http::Response::redirect(back(l->project.id, "#updates"));
}

http::Response follow(web::Ctx& ctx) {
  auto l = allowed(ctx, Action::follow);
  if (!l) return web::reply_error(ctx, l.error());
  bool on = ctx.form.get("follow") != "0";
  auto st = project_store::set_following(ctx.app.db(), ctx.actor.member_id, l->project.id, on);
  if (!st) return web::reply_error(ctx, st.error());
  return http::Response::redirect(back(l->project.id, "#follow"));
}

http::Response comment(web::Ctx& ctx) {
  auto l = allowed(ctx, Action::comment);
  if (!l) return web::reply_error(ctx, l.error());
  auto body = parse_comment(ctx.form);
  if (!body) {
    if (body.error().fields.empty()) return web::reply_error(ctx, body.error());
    ShowView typed;
    typed.comment_body = std::string(ctx.form.get("body"));
    return show_with_errors(ctx, *l, body.error(), 422, &typed);
  }
  auto id = project_store::add_comment(ctx.app.db(), ctx.actor.member_id, l->project.id, *body);
  if (!id) return web::reply_error(ctx, id.error());
  return http::Response::redirect(back(l->project.id, "#comment-" + std::to_string(*id)));
}

// The comment of /comments/{id} and its project id.
Result<std::int64_t> comment_project(web::Ctx& ctx, std::int64_t* comment_id) {
  *comment_id = parse_id(ctx.req.param("id"));
  if (*comment_id == 0) return Error::not_found();
  auto pid = project_store::comment_project(ctx.app.db(), *comment_id);
  if (!pid) return pid.error();
  if (*pid == 0) return Error::not_found();
  return *pid;
}

http::Response report(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto d = can(ctx.actor, Action::report_comment);
  if (!d) return web::reply_error(ctx, d.forbidden());
  std::int64_t comment_id = 0;
  auto pid = comment_project(ctx, &comment_id);
  if (!pid) return web::reply_error(ctx, pid.error());
  auto reason = parse_report(ctx.form);
  if (!reason) return web::reply_error(ctx, reason.error());
  auto st = project_store::report_comment(ctx.app.db(), ctx.actor.member_id, comment_id, *reason);
  if (!st) return web::reply_error(ctx, st.error());
  return http::Response::redirect(back(*pid, "?reported=1#comment-" + std::to_string(comment_id)));
}

http::Response hide(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto d = can(ctx.actor, Action::hide_comment);
  if (!d) return web::reply_error(ctx, d.forbidden());
  std::int64_t comment_id = 0;
  auto pid = comment_project(ctx, &comment_id);
  if (!pid) return web::reply_error(ctx, pid.error());
  bool hidden = ctx.form.get("hidden") != "0";
  auto st =
      project_store::set_comment_hidden(ctx.app.db(), ctx.actor.member_id, comment_id, hidden);
  if (!st) return web::reply_error(ctx, st.error());
  // From the animators' queue, back to the queue.
  if (ctx.form.get("next") == "queue") return http::Response::redirect("/animation/comments");
  return http::Response::redirect(back(*pid, "#comment-" + std::to_string(comment_id)));
}

http::Response translate(web::Ctx& ctx) {
  auto l = allowed(ctx, Action::translate);
  if (!l) return web::reply_error(ctx, l.error());
  auto t = parse_translation(ctx.form);
  Status st = t ? Status{} : Status(t.error());
  if (t && t->lang == l->project.data.lang) {
    st = Error::invalid("errors.invalid", {{"lang", "projects.errors.translation_lang"}});
  }
  if (st) st = project_store::set_translation(ctx.app.db(), ctx.actor.member_id, l->project.id, *t);
  if (!st) {
    if (st.error().fields.empty()) return web::reply_error(ctx, st.error());
    return show_with_errors(ctx, *l, st.error(), 422);
  }
  return http::Response::redirect(back(l->project.id, "#translations"));
}

struct ReportedRow {
  std::string id, author, date, body, project_url, project_title, reports;
  std::vector<std::string> reasons;
  bool hidden = false;
};
struct ModerationView {
  web::LayoutView layout;
  std::string csrf;
  std::vector<ReportedRow> comments;
};

// The animators' queue of reported comments: hide one (or show it again) from here.
http::Response moderation(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto d = can(ctx.actor, Action::hide_comment);
  if (!d) return web::reply_error(ctx, d.forbidden());
  auto list = project_store::reported_comments(ctx.app.db(), 100);
  if (!list) return web::reply_error(ctx, list.error());
  ModerationView v;
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  for (const auto& rc : *list) {
    const auto& c = rc.comment;
    v.comments.push_back(
        {std::to_string(c.id),
         c.author_name.empty() ? text(ctx.lang, "projects.comments.former_member") : c.author_name,
         date_label(ctx.lang, c.created_at), c.body, back(rc.project_id, ""), rc.project_title,
         i18n::plural(ctx.lang, "projects.moderation.reports", c.reports), rc.reasons, c.hidden});
  }
  v.layout = web::make_layout(ctx, text(ctx.lang, "projects.moderation.title"), "");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::projects_moderation(out, v); });
  res.header("Cache-Control", "private, no-store");
  return res;
}

}  // namespace

void register_social_pages(web::App& app) {
  accounts::add_account_link("/animation/comments", "projects.moderation.title",
                             accounts::LinkFor::animators);
  app.get("/animation/comments", moderation);
  app.post("/projects/{id}/updates", post_update);
  app.post("/projects/{id}/follow", follow);
  app.post("/projects/{id}/comments", comment);
  app.post("/comments/{id}/report", report);
  app.post("/comments/{id}/hide", hide);
  app.post("/projects/{id}/translations", translate);
}

}  // namespace comdev::projects
