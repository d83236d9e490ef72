// The discussion's pages: a project's threads (/projects/{id}/discussion, keyset-paged, with the
// form that opens a thread), a thread (/threads/{id}, its messages paged by keyset, the reply
// form), and a message's edit form. A form with errors comes back with what was typed.
#include "core/text.h"
#include "features/teams/discussion_actions.h"
#include "features/teams/discussion_store.h"
#include "features/teams/team_module.h"
#include "features/teams/team_permissions.h"
#include "features/teams/team_rules.h"
#include "features/teams/team_views.h"
#include "i18n/catalogue.h"
#include "tpl/teams/discussion.h"
#include "tpl/teams/edit.h"
#include "tpl/teams/thread.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/form_messages.h"
#include "web/markdown.h"
#include "web/private_page.h"

namespace comdev::teams {
namespace {

namespace ds = discussion_store;

std::int64_t query_id(web::Ctx& ctx, const char* name) {
  return core::parse_id(ctx.query.get(name));
}

std::chrono::sys_seconds when(const std::string& iso) {
  return core::parse_iso(iso).value_or(std::chrono::sys_seconds{});
}

Status load_actor(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return s.error();
  return {};
}

// ---- the list of threads ----

http::Response discussion_page(web::Ctx& ctx, const NewThread& typed = {},
                               std::vector<std::string> errors = {}) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto project_id = path_id(ctx);
  auto s = standing(ctx.app.db(), ctx.actor, project_id);
  if (!s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::view_workspace, {s->role}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto list = ds::threads(**lease, project_id, query_id(ctx, "before"), kThreadsPerPage);
  if (!list) return web::reply_error(ctx, list.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  DiscussionView v;
  v.csrf = *csrf;
  v.project_title = s->project.title;
  const std::string base = "/projects/" + std::to_string(project_id);
  v.project_url = base;
  v.team_url = base + "/team";
  for (const auto& t : list->rows) {
    v.threads.push_back({t.title, "/threads/" + std::to_string(t.id), t.author_name,
                         t.message_count, when(t.last_message_at)});
  }
  if (list->older) v.older_url = base + "/discussion?before=" + std::to_string(list->older);
  if (query_id(ctx, "before")) v.newer_url = base + "/discussion";
  v.can_start = can(ctx.actor, Action::start_thread, {s->role}).allowed;
  v.start_action = base + "/discussion";
  v.title = typed.title;
  v.body = typed.body;
  v.errors = std::move(errors);
  v.layout = web::make_layout(ctx, text(ctx, "teams.discussion.title") + " — " + v.project_title,
                              "projects");
  int status = v.errors.empty() ? 200 : 422;
  return web::render_private(ctx, status, [&](web::Out& out) { tpl::teams_discussion(out, v); });
}

http::Response discussion_get(web::Ctx& ctx) {
  return discussion_page(ctx);
}

http::Response start_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) {
    return web::reply_error(ctx, Error::forbidden("errors.sign_in_required"));
  }
  NewThread typed{std::string(ctx.form.get("title")), std::string(ctx.form.get("body"))};
  auto in = parse_thread(typed.title, typed.body);
  if (!in) {
    // Only someone who may write here sees their text again; the others get the refusal.
    auto s = standing(ctx.app.db(), ctx.actor, path_id(ctx));
    if (!s) return web::reply_error(ctx, s.error());
    if (auto d = can(ctx.actor, Action::start_thread, {s->role}); !d) {
      return web::reply_error(ctx, d.forbidden());
    }
    return discussion_page(ctx, typed, web::form_messages(ctx.lang, in.error()));
  }
  auto id = start_thread(ctx.app.db(), ctx.actor, path_id(ctx), *in, ctx.app.clock().now());
  if (!id) return web::reply_error(ctx, id.error());
  return http::Response::redirect("/threads/" + std::to_string(*id));
}

// ---- a thread ----

http::Response thread_page(web::Ctx& ctx, std::int64_t thread_id, const std::string& typed = {},
                           std::vector<std::string> errors = {}) {
  auto a = readable_thread(ctx.app.db(), ctx.actor, thread_id);
  if (!a) return web::reply_error(ctx, a.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto before = query_id(ctx, "before"), after = query_id(ctx, "after");
  auto list = ds::messages(**lease, thread_id, before, after, kMessagesPerPage);
  if (!list) return web::reply_error(ctx, list.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  const auto role = a->standing.role;
  const auto now = ctx.app.clock().now();
  ThreadView v;
  v.csrf = *csrf;
  v.title = a->thread.title;
  v.project_title = a->standing.project.title;
  v.project_url = "/projects/" + std::to_string(a->thread.project_id);
  v.discussion_url = v.project_url + "/discussion";
  const std::string here = "/threads/" + std::to_string(thread_id);
  for (const auto& m : list->rows) {
    MessageRow row;
    row.id = m.id;
    row.anchor = "m" + std::to_string(m.id);
    row.author = m.author_name;
    row.author_url = "/members/" + std::to_string(m.author_id);
    row.removed = !m.deleted_at.empty();
    if (!row.removed) row.html = web::markdown_to_html(m.body_md);
    row.at = when(m.created_at);
    row.edited = !m.edited_at.empty();
    bool own = m.author_id != 0 && m.author_id == ctx.actor.member_id;
    row.can_edit = !row.removed && can(ctx.actor, Action::edit_message, {role, own}).allowed &&
                   editable(m.created_at, now);
    row.can_delete = !row.removed && can(ctx.actor, Action::delete_message, {role, own}).allowed;
    row.edit_url = "/messages/" + std::to_string(m.id) + "/edit";
    row.delete_action = "/messages/" + std::to_string(m.id) + "/delete";
    v.messages.push_back(std::move(row));
  }
  if (list->older) v.older_url = here + "?before=" + std::to_string(list->older);
  if (list->newer) v.newer_url = here + "?after=" + std::to_string(list->newer);
  v.can_post = can(ctx.actor, Action::post_message, {role}).allowed;
  v.read_only = !v.can_post;
  v.post_action = here + "/messages";
  v.body = typed;
  v.errors = std::move(errors);
  v.layout = web::make_layout(ctx, v.title, "projects");
  int status = v.errors.empty() ? 200 : 422;
  return web::render_private(ctx, status, [&](web::Out& out) { tpl::teams_thread(out, v); });
}

http::Response thread_get(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  return thread_page(ctx, path_id(ctx));
}

http::Response post_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto thread_id = path_id(ctx);
  std::string typed(ctx.form.get("body"));
  auto body = parse_message(typed);
  if (!body) {
    auto a = readable_thread(ctx.app.db(), ctx.actor, thread_id);
    if (!a) return web::reply_error(ctx, a.error());
    if (auto d = can(ctx.actor, Action::post_message, {a->standing.role}); !d) {
      return web::reply_error(ctx, d.forbidden());
    }
    return thread_page(ctx, thread_id, typed, web::form_messages(ctx.lang, body.error()));
  }
  auto id = post_message(ctx.app.db(), ctx.actor, thread_id, *body, ctx.app.clock().now());
  if (!id) return web::reply_error(ctx, id.error());
  return http::Response::redirect("/threads/" + std::to_string(thread_id) + "#m" +
                                  std::to_string(*id));
}

// ---- a message ----

http::Response edit_page(web::Ctx& ctx, const std::string& typed, std::vector<std::string> errors,
                         bool keep_typed) {
  auto message_id = path_id(ctx);
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto m = ds::message(**lease, message_id);
  if (!m) return web::reply_error(ctx, m.error());
  if (!*m) return web::reply_error(ctx, Error::not_found());
  auto a = readable_thread(ctx.app.db(), ctx.actor, (*m)->thread_id);
  if (!a) return web::reply_error(ctx, a.error());
  bool own = (*m)->author_id != 0 && (*m)->author_id == ctx.actor.member_id;
  if (auto d = can(ctx.actor, Action::edit_message, {a->standing.role, own}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  if (!editable((*m)->created_at, ctx.app.clock().now())) {
    return web::reply_error(ctx, Error::conflict("teams.errors.edit_window_over"));
  }
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  EditView v;
  v.csrf = *csrf;
  v.thread_title = a->thread.title;
  v.thread_url = "/threads/" + std::to_string(a->thread.id);
  v.action = "/messages/" + std::to_string(message_id) + "/edit";
  v.body = keep_typed ? typed : (*m)->body_md;
  v.errors = std::move(errors);
  v.layout = web::make_layout(ctx, text(ctx, "teams.message.edit_title"), "projects");
  int status = v.errors.empty() ? 200 : 422;
  return web::render_private(ctx, status, [&](web::Out& out) { tpl::teams_edit(out, v); });
}

http::Response edit_get(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  return edit_page(ctx, {}, {}, false);
}

http::Response edit_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  std::string typed(ctx.form.get("body"));
  auto body = parse_message(typed);
  if (!body) return edit_page(ctx, typed, web::form_messages(ctx.lang, body.error()), true);
  auto thread = edit_message(ctx.app.db(), ctx.actor, path_id(ctx), *body, ctx.app.clock());
  if (!thread) return web::reply_error(ctx, thread.error());
  return http::Response::redirect("/threads/" + std::to_string(*thread) + "#m" +
                                  std::to_string(path_id(ctx)));
}

http::Response delete_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto thread = delete_message(ctx.app.db(), ctx.actor, path_id(ctx), ctx.app.clock().now());
  if (!thread) return web::reply_error(ctx, thread.error());
  return http::Response::redirect("/threads/" + std::to_string(*thread) + "#m" +
                                  std::to_string(path_id(ctx)));
}

}  // namespace

void register_discussion_pages(web::App& app) {
  app.get("/projects/{id:int}/discussion", discussion_get);
  app.post("/projects/{id:int}/discussion", start_form);
  app.get("/threads/{id:int}", thread_get);
  app.post("/threads/{id:int}/messages", post_form);
  app.get("/messages/{id:int}/edit", edit_get);
  app.post("/messages/{id:int}/edit", edit_form);
  app.post("/messages/{id:int}/delete", delete_form);
}

}  // namespace comdev::teams
