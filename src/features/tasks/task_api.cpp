// The tasks API (bearer token of a member; private to the team and the community's animators):
//   GET  /api/v1/projects/{id}/tasks?status=&owner=  → {project_id, tasks}
//   POST /api/v1/projects/{id}/tasks {title, owner_id, due_on, need_id} → 201 {task}
//   POST /api/v1/tasks/{id}/status {status}         → 200 {task}
// The same forms, policy and use cases as the pages.
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "features/tasks/task_actions.h"
#include "features/tasks/task_api_doc.h"
#include "features/tasks/task_forms.h"
#include "features/tasks/task_module.h"
#include "features/tasks/task_rules.h"
#include "features/tasks/task_store.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/json_body.h"

namespace comdev::tasks {
namespace {

using nlohmann::json;

json task_json(const Task& t, core::Seconds now) {
  return {{"id", t.id},
          {"project_id", t.project_id},
          {"title", t.title},
          {"owner", t.owner_id ? json{{"id", t.owner_id}, {"display_name", t.owner_name}} : json()},
          {"due_on", t.due_on.empty() ? json() : json(t.due_on)},
          {"status", std::string(name(t.status))},
          {"overdue", overdue(t, now)},
          {"need", t.need_id ? json{{"id", t.need_id}, {"title", t.need_title}} : json()},
          {"created_at", t.created_at},
          {"updated_at", t.updated_at},
          {"done_at", t.done_at.empty() ? json() : json(t.done_at)}};
}

http::Response reply_task(web::Ctx& ctx, std::int64_t id, int status) {
  auto a = readable_task(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  return http::Response::json(task_json(a->task, ctx.app.clock().now()).dump(), status);
}

http::Response list_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto project_id = core::parse_id(ctx.req.param("id"));
  if (auto s = readable_project(ctx.app.db(), ctx.actor, project_id); !s) {
    return web::reply_error(ctx, s.error());
  }
  task_store::Filter f;
  auto status = ctx.query.get("status");
  if (!status.empty()) {
    auto s = parse_status_field(status);
    if (!s) return web::reply_error(ctx, s.error());
    f.status = *s;
  }
  f.owner_id = core::parse_id(ctx.query.get("owner"));
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto list = task_store::list(**lease, project_id, f);
  if (!list) return web::reply_error(ctx, list.error());
  json tasks = json::array();
  const auto now = ctx.app.clock().now();
  for (const auto& t : *list) tasks.push_back(task_json(t, now));
  return http::Response::json(json{{"project_id", project_id}, {"tasks", tasks}}.dump());
}

http::Response create_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  auto title = web::json_field(*doc, "title");
  auto owner = web::json_field(*doc, "owner_id", true);
  auto due = web::json_field(*doc, "due_on");
  auto need = web::json_field(*doc, "need_id", true);
  for (const auto* f : {&title, &owner, &due, &need}) {
    if (!*f) return web::reply_error(ctx, f->error());
  }
  auto in = parse_task(*title, *owner, *due, *need);
  if (!in) return web::reply_error(ctx, in.error());
  auto id = create_task(ctx.app.db(), ctx.actor, core::parse_id(ctx.req.param("id")), *in,
                        ctx.app.clock().now());
  if (!id) return web::reply_error(ctx, id.error());
  return reply_task(ctx, *id, 201);
}

http::Response status_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  auto raw = web::json_field(*doc, "status");
  if (!raw) return web::reply_error(ctx, raw.error());
  auto id = core::parse_id(ctx.req.param("id"));
  // A task the caller may not read is 404 before anything about the body is said.
  if (auto a = readable_task(ctx.app.db(), ctx.actor, id); !a) {
    return web::reply_error(ctx, a.error());
  }
  auto to = parse_status_field(*raw);
  if (!to) return web::reply_error(ctx, to.error());
  if (auto r = move_task(ctx.app.db(), ctx.actor, id, *to, ctx.app.clock().now()); !r) {
    return web::reply_error(ctx, r.error());
  }
  return reply_task(ctx, id, 200);
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/projects/{id:int}/tasks", list_api, api_doc::kTasks);
  app.post("/api/v1/projects/{id:int}/tasks", create_api, api_doc::kCreateTask);
  app.post("/api/v1/tasks/{id:int}/status", status_api, api_doc::kMoveTask);
}

}  // namespace comdev::tasks
