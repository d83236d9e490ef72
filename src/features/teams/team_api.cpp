// The team API (bearer token of a member; the team's list is public):
//   GET  /api/v1/projects/{id}/team             → {project_id, members}
//   GET  /api/v1/projects/{id}/threads?before=  → {threads, older}
//   POST /api/v1/projects/{id}/threads {title, body} → 201 {thread}
//   GET  /api/v1/threads/{id}/messages?before=&after= → {thread, messages, older, newer}
//   POST /api/v1/threads/{id}/messages {body}   → 201 {message}
// The same forms and use cases as the pages.
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "features/teams/discussion_actions.h"
#include "features/teams/discussion_store.h"
#include "features/teams/team_api_doc.h"
#include "features/teams/team_module.h"
#include "features/teams/team_permissions.h"
#include "features/teams/team_rules.h"
#include "features/teams/team_store.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/json_body.h"
#include "web/markdown.h"

namespace comdev::teams {
namespace {

using nlohmann::json;
namespace ds = discussion_store;

json nullable_id(std::int64_t id) {
  return id ? json(id) : json();
}

json author(std::int64_t id, const std::string& name) {
  return {{"id", nullable_id(id)}, {"display_name", name}};
}

json thread_json(const Thread& t) {
  return {{"id", t.id},
          {"project_id", t.project_id},
          {"title", t.title},
          {"author", author(t.author_id, t.author_name)},
          {"created_at", t.created_at},
          {"last_message_at", t.last_message_at},
          {"message_count", t.message_count}};
}

json message_json(const Message& m) {
  bool removed = !m.deleted_at.empty();
  return {{"id", m.id},
          {"thread_id", m.thread_id},
          {"author", author(m.author_id, m.author_name)},
          {"body_md", m.body_md},
          {"body_html", removed ? std::string() : web::markdown_to_html(m.body_md)},
          {"created_at", m.created_at},
          {"edited_at", m.edited_at.empty() ? json() : json(m.edited_at)},
          {"removed", removed}};
}

http::Response team_api(web::Ctx& ctx) {
  auto id = path_id(ctx);
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto p = team_store::project(**lease, id);
  if (!p) return web::reply_error(ctx, p.error());
  if (!*p) return web::reply_error(ctx, Error::not_found());
  auto team = team_store::members(**lease, id);
  if (!team) return web::reply_error(ctx, team.error());
  json members = json::array();
  for (const auto& m : *team) {
    members.push_back({{"id", m.member_id},
                       {"display_name", m.display_name},
                       {"role_kind", std::string(name(m.kind))},
                       {"title", m.title},
                       {"by_organisation", m.by_organisation}});
  }
  return http::Response::json(json{{"project_id", id}, {"members", members}}.dump());
}

http::Response threads_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto id = path_id(ctx);
  auto s = standing(ctx.app.db(), ctx.actor, id);
  if (!s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::view_workspace, {s->role}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto page = ds::threads(**lease, id, core::parse_id(ctx.query.get("before")), kThreadsPerPage);
  if (!page) return web::reply_error(ctx, page.error());
  json threads = json::array();
  for (const auto& t : page->rows) threads.push_back(thread_json(t));
  return http::Response::json(
      json{{"threads", threads}, {"older", nullable_id(page->older)}}.dump());
}

http::Response start_thread_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  auto title = web::json_field(*doc, "title");
  if (!title) return web::reply_error(ctx, title.error());
  auto body = web::json_field(*doc, "body");
  if (!body) return web::reply_error(ctx, body.error());
  auto in = parse_thread(*title, *body);
  if (!in) return web::reply_error(ctx, in.error());
  auto id = start_thread(ctx.app.db(), ctx.actor, path_id(ctx), *in, ctx.app.clock().now());
  if (!id) return web::reply_error(ctx, id.error());
  auto a = readable_thread(ctx.app.db(), ctx.actor, *id);
  if (!a) return web::reply_error(ctx, a.error());
  return http::Response::json(thread_json(a->thread).dump(), 201);
}

http::Response messages_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto a = readable_thread(ctx.app.db(), ctx.actor, path_id(ctx));
  if (!a) return web::reply_error(ctx, a.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto page = ds::messages(**lease, a->thread.id, core::parse_id(ctx.query.get("before")),
                           core::parse_id(ctx.query.get("after")), kMessagesPerPage);
  if (!page) return web::reply_error(ctx, page.error());
  json messages = json::array();
  for (const auto& m : page->rows) messages.push_back(message_json(m));
  return http::Response::json(json{
      {"thread", thread_json(a->thread)},
      {"messages", messages},
      {"older", nullable_id(page->older)},
      {"newer",
       nullable_id(page->newer)}}.dump());
}

http::Response post_message_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  auto raw = web::json_field(*doc, "body");
  if (!raw) return web::reply_error(ctx, raw.error());
  auto thread_id = path_id(ctx);
  // A thread the caller may not read is 404 before anything about the body is said.
  if (auto a = readable_thread(ctx.app.db(), ctx.actor, thread_id); !a) {
    return web::reply_error(ctx, a.error());
  }
  auto body = parse_message(*raw);
  if (!body) return web::reply_error(ctx, body.error());
  auto id = post_message(ctx.app.db(), ctx.actor, thread_id, *body, ctx.app.clock().now());
  if (!id) return web::reply_error(ctx, id.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto m = ds::message(**lease, *id);
  if (!m || !*m) return web::reply_error(ctx, Error::internal("message vanished"));
  return http::Response::json(message_json(**m).dump(), 201);
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/projects/{id:int}/team", team_api, api_doc::kTeam);
  app.get("/api/v1/projects/{id:int}/threads", threads_api, api_doc::kThreads);
  app.post("/api/v1/projects/{id:int}/threads", start_thread_api, api_doc::kStartThread);
  app.get("/api/v1/threads/{id:int}/messages", messages_api, api_doc::kMessages);
  app.post("/api/v1/threads/{id:int}/messages", post_message_api, api_doc::kPostMessage);
}

}  // namespace comdev::teams
