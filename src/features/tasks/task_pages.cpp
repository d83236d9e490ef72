// The task pages: a project's tasks (/projects/{id}/tasks, filtered by status and owner, with the
// form that adds one), a task's edit form, the status change, and "My tasks" (/me/tasks) across
// projects. Thin: each form goes to a use case of task_actions.h; a form with errors comes back
// with what was typed and the messages (422); a refusal is the error page with its reason.
#include <algorithm>

#include "core/text.h"
#include "features/tasks/task_actions.h"
#include "features/tasks/task_forms.h"
#include "features/tasks/task_module.h"
#include "features/tasks/task_permissions.h"
#include "features/tasks/task_rules.h"
#include "features/tasks/task_store.h"
#include "features/tasks/task_views.h"
#include "features/teams/team_store.h"
#include "i18n/catalogue.h"
#include "tpl/tasks/edit.h"
#include "tpl/tasks/list.h"
#include "tpl/tasks/mine.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/form_messages.h"

namespace comdev::tasks {
namespace {

std::string status_label(web::Ctx& ctx, TaskStatus s) {
  switch (s) {
    case TaskStatus::open:
      return text(ctx, "tasks.status.open");
    case TaskStatus::doing:
      return text(ctx, "tasks.status.doing");
    case TaskStatus::done:
      return text(ctx, "tasks.status.done");
  }
  return {};
}

// A project's list shows this many tasks a page: a phone gets a short page, a busy team pages.
constexpr int kPageSize = 50;
constexpr std::int64_t kMaxPage = 10000;

std::string list_path(std::int64_t project_id) {
  return "/projects/" + std::to_string(project_id) + "/tasks";
}

Status load_actor(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return s.error();
  return {};
}

TaskRow row_of(web::Ctx& ctx, const Task& t, const Subject& subject, core::Seconds now) {
  TaskRow r;
  r.title = t.title;
  r.owner = t.owner_name;
  r.need = t.need_title;
  if (t.need_id) r.need_url = "/needs/" + std::to_string(t.need_id);
  r.project = t.project_title;
  r.project_url = list_path(t.project_id);
  r.status = std::string(name(t.status));
  r.status_label = status_label(ctx, t.status);
  if (auto d = parse_day(t.due_on)) {
    r.has_due = true;
    r.due = core::Seconds{*d};
  }
  r.overdue = overdue(t, now);
  r.anchor = "t" + std::to_string(t.id);
  r.can_edit = can(ctx.actor, Action::edit, subject).allowed;
  r.can_move = can(ctx.actor, Action::change_status, subject).allowed;
  r.edit_url = "/tasks/" + std::to_string(t.id) + "/edit";
  r.move_action = "/tasks/" + std::to_string(t.id) + "/status";
  for (auto to : {TaskStatus::open, TaskStatus::doing, TaskStatus::done}) {
    if (may_move(t.status, to)) r.moves.push_back({std::string(name(to)), status_label(ctx, to)});
  }
  return r;
}

// The form's choices: the team's members as owners, the project's needs.
Status fill_form(web::Ctx& ctx, store::Conn& c, std::int64_t project_id, const TaskInput& typed,
                 TaskFormView& f) {
  auto team = teams::team_store::members(c, project_id);
  if (!team) return team.error();
  f.owners.push_back({"", text(ctx, "tasks.field.nobody"), typed.owner_id == 0});
  for (const auto& m : *team) {
    f.owners.push_back(
        {std::to_string(m.member_id), m.display_name, m.member_id == typed.owner_id});
  }
  auto needs = task_store::needs_of(c, project_id);
  if (!needs) return needs.error();
  f.needs.push_back({"", text(ctx, "tasks.field.no_need"), typed.need_id == 0});
  for (const auto& [id, title] : *needs) {
    f.needs.push_back({std::to_string(id), title, id == typed.need_id});
  }
  f.title = typed.title;
  f.due_on = typed.due_on;
  return {};
}

http::Response list_page(web::Ctx& ctx, const TaskInput& typed = {},
                         std::vector<std::string> errors = {}) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto project_id = core::parse_id(ctx.req.param("id"));
  auto s = readable_project(ctx.app.db(), ctx.actor, project_id);
  if (!s) return web::reply_error(ctx, s.error());
  task_store::Filter filter;
  filter.status = parse_status(ctx.query.get("status"));
  filter.owner_id = core::parse_id(ctx.query.get("owner"));
  const auto page = std::clamp<std::int64_t>(core::parse_id(ctx.query.get("page")), 1, kMaxPage);
  filter.offset = static_cast<int>((page - 1) * kPageSize);
  filter.limit = kPageSize + 1;  // one more tells whether a next page exists
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto list = task_store::list(**lease, project_id, filter);
  if (!list) return web::reply_error(ctx, list.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  TaskListView v;
  v.csrf = *csrf;
  v.project_title = s->project.title;
  v.project_url = "/projects/" + std::to_string(project_id);
  v.team_url = v.project_url + "/team";
  v.list_url = list_path(project_id);
  const auto now = ctx.app.clock().now();
  const bool more = list->size() > static_cast<std::size_t>(kPageSize);
  if (more) list->pop_back();
  auto page_url = [&](std::int64_t n) {
    std::string url = v.list_url + "?page=" + std::to_string(n);
    if (filter.status) url += "&status=" + std::string(name(*filter.status));
    if (filter.owner_id) url += "&owner=" + std::to_string(filter.owner_id);
    return url;
  };
  if (page > 1) v.prev_url = page_url(page - 1);
  if (more) v.next_url = page_url(page + 1);
  for (const auto& t : *list) {
    bool own = t.owner_id == ctx.actor.member_id || t.created_by == ctx.actor.member_id;
    v.tasks.push_back(row_of(ctx, t, {s->role, own}, now));
  }
  v.status_filter.push_back({"", text(ctx, "tasks.filter.any_status"), !filter.status});
  for (auto st : {TaskStatus::open, TaskStatus::doing, TaskStatus::done}) {
    v.status_filter.push_back({std::string(name(st)), status_label(ctx, st), filter.status == st});
  }
  if (auto r = fill_form(ctx, **lease, project_id, typed, v.form); !r) {
    return web::reply_error(ctx, r.error());
  }
  v.owner_filter.push_back({"", text(ctx, "tasks.filter.any_owner"), filter.owner_id == 0});
  for (std::size_t i = 1; i < v.form.owners.size(); ++i) {
    auto o = v.form.owners[i];
    o.selected = core::parse_id(o.value) == filter.owner_id;
    v.owner_filter.push_back(std::move(o));
  }
  v.can_create = can(ctx.actor, Action::create, {s->role}).allowed;
  v.form.action = v.list_url;
  v.form.errors = std::move(errors);
  std::string_view done = ctx.query.get("done");
  if (done == "created") v.notice = text(ctx, "tasks.notice.created");
  if (done == "saved") v.notice = text(ctx, "tasks.notice.saved");
  if (done == "moved") v.notice = text(ctx, "tasks.notice.moved");
  v.layout = web::make_layout(ctx, text(ctx, "tasks.title") + " — " + v.project_title, "projects");
  int status = v.form.errors.empty() ? 200 : 422;
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::tasks_list(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response list_get(web::Ctx& ctx) {
  return list_page(ctx);
}

TaskInput typed_of(web::Ctx& ctx) {
  TaskInput t;
  t.title = std::string(ctx.form.get("title"));
  t.owner_id = core::parse_id(ctx.form.get("owner_id"));
  t.due_on = std::string(ctx.form.get("due_on"));
  t.need_id = core::parse_id(ctx.form.get("need_id"));
  return t;
}

Result<TaskInput> parse_form(web::Ctx& ctx) {
  return parse_task(ctx.form.get("title"), ctx.form.get("owner_id"), ctx.form.get("due_on"),
                    ctx.form.get("need_id"));
}

http::Response create_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in())
    return web::reply_error(ctx, Error::forbidden("errors.sign_in_required"));
  auto project_id = core::parse_id(ctx.req.param("id"));
  auto in = parse_form(ctx);
  Result<std::int64_t> id =
      in ? create_task(ctx.app.db(), ctx.actor, project_id, *in, ctx.app.clock().now())
         : Result<std::int64_t>(in.error());
  if (!id) {
    if (id.error().code != ErrorCode::invalid) return web::reply_error(ctx, id.error());
    // Only someone who may add tasks sees their text again; the others get the refusal.
    auto s = teams::standing(ctx.app.db(), ctx.actor, project_id);
    if (!s) return web::reply_error(ctx, s.error());
    if (auto d = can(ctx.actor, Action::create, {s->role}); !d) {
      return web::reply_error(ctx, d.forbidden());
    }
    return list_page(ctx, typed_of(ctx), web::form_messages(ctx.lang, id.error()));
  }
  return http::Response::redirect(list_path(project_id) + "?done=created#t" + std::to_string(*id));
}

http::Response edit_page(web::Ctx& ctx, bool keep_typed, std::vector<std::string> errors) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto a = readable_task(ctx.app.db(), ctx.actor, core::parse_id(ctx.req.param("id")));
  if (!a) return web::reply_error(ctx, a.error());
  if (auto d = can(ctx.actor, Action::edit, {a->standing.role, a->own}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  const Task& t = a->task;
  TaskInput current{t.title, t.owner_id, t.due_on, t.need_id};
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  TaskEditView v;
  v.csrf = *csrf;
  v.list_url = list_path(t.project_id);
  if (auto r = fill_form(ctx, **lease, t.project_id, keep_typed ? typed_of(ctx) : current, v.form);
      !r) {
    return web::reply_error(ctx, r.error());
  }
  v.form.action = "/tasks/" + std::to_string(t.id) + "/edit";
  v.form.errors = std::move(errors);
  v.layout = web::make_layout(ctx, text(ctx, "tasks.edit.title"), "projects");
  int status = v.form.errors.empty() ? 200 : 422;
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::tasks_edit(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response edit_get(web::Ctx& ctx) {
  return edit_page(ctx, false, {});
}

http::Response edit_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  auto in = parse_form(ctx);
  Status r =
      in ? edit_task(ctx.app.db(), ctx.actor, id, *in, ctx.app.clock().now()) : Status(in.error());
  if (!r) {
    if (r.error().code != ErrorCode::invalid) return web::reply_error(ctx, r.error());
    return edit_page(ctx, true, web::form_messages(ctx.lang, r.error()));
  }
  auto a = readable_task(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  return http::Response::redirect(list_path(a->task.project_id) + "?done=saved#t" +
                                  std::to_string(id));
}

http::Response status_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in())
    return web::reply_error(ctx, Error::forbidden("errors.sign_in_required"));
  auto id = core::parse_id(ctx.req.param("id"));
  auto to = parse_status_field(ctx.form.get("status"));
  if (!to) return web::reply_error(ctx, to.error());
  if (auto r = move_task(ctx.app.db(), ctx.actor, id, *to, ctx.app.clock().now()); !r) {
    return web::reply_error(ctx, r.error());
  }
  auto a = readable_task(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  return http::Response::redirect(list_path(a->task.project_id) + "?done=moved#t" +
                                  std::to_string(id));
}

http::Response mine_page(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) {
    return http::Response::redirect("/account/signin?next=%2Fme%2Ftasks");
  }
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto list = task_store::mine(**lease, ctx.actor.member_id);
  if (!list) return web::reply_error(ctx, list.error());
  MyTasksView v;
  const auto now = ctx.app.clock().now();
  for (const auto& t : *list) {
    // Their own tasks: they may move them if they are still in the team (checked on the form).
    auto row = row_of(ctx, t, {std::nullopt, true}, now);
    row.can_edit = row.can_move = false;
    v.tasks.push_back(std::move(row));
  }
  v.layout = web::make_layout(ctx, text(ctx, "tasks.mine.title"), "home");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::tasks_mine(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/projects/{id:int}/tasks", list_get);
  app.post("/projects/{id:int}/tasks", create_form);
  app.get("/tasks/{id:int}/edit", edit_get);
  app.post("/tasks/{id:int}/edit", edit_form);
  app.post("/tasks/{id:int}/status", status_form);
  app.get("/me/tasks", mine_page);
}

}  // namespace comdev::tasks
