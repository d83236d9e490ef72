// The maturity path's API (the path is public; writing needs a member's bearer token):
//   GET  /api/v1/projects/{id}/stage                         → the path
//   POST /api/v1/projects/{id}/stage {to, from, note, override_reason}  → 200 the path
//   POST /api/v1/projects/{id}/checklist {item_id, done, note}  → 200 the path
// The same forms, policy and use cases as the pages; the evidence of the ticks is null for
// readers outside the team.
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "features/maturity/maturity_actions.h"
#include "features/maturity/maturity_api_doc.h"
#include "features/maturity/maturity_forms.h"
#include "features/maturity/maturity_module.h"
#include "features/maturity/maturity_permissions.h"
#include "features/maturity/maturity_rules.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/json_body.h"

namespace comdev::maturity {
namespace {

using nlohmann::json;

json item_json(const ItemState& s, bool evidence) {
  bool ticked = evidence && s.done && s.item.rule == Rule::none;
  return {{"id", s.item.id},
          {"label_fr", s.item.label_fr},
          {"label_ar", s.item.label_ar},
          {"computed", s.item.rule == Rule::none ? json() : json(std::string(name(s.item.rule)))},
          {"done", s.done},
          {"note", ticked ? json(s.note) : json()},
          {"ticked_by", ticked ? json(s.by_name) : json()},
          {"ticked_at", ticked ? json(s.at) : json()}};
}

json path_json(const PathAccess& a, const web::Actor& actor) {
  const Path& p = a.path;
  bool evidence = can(actor, Action::view_evidence, {a.standing.role}).allowed;
  json stages = json::array();
  for (auto s : kStages) stages.push_back(std::string(s));
  json checklists = json::array();
  for (const auto& s : p.stages) {
    if (!has_checklist(s.stage)) continue;
    json items = json::array();
    for (const auto& i : s.items) items.push_back(item_json(i, evidence));
    checklists.push_back({{"stage", s.stage}, {"complete", s.complete()}, {"items", items}});
  }
  auto next = next_stage(p.current);
  json missing = json::array();
  if (!next.empty()) {
    for (const auto& i : missing_for(p, p.current, next)) missing.push_back(i.item.id);
  }
  return {{"project_id", p.project_id},
          {"community_id", p.community_id ? json(p.community_id) : json()},
          {"stage", p.current},
          {"stages", stages},
          {"next_stage", next.empty() ? json() : json(next)},
          {"missing_for_next", missing},
          {"checklists", checklists}};
}

http::Response reply_path(web::Ctx& ctx, std::int64_t project_id) {
  auto a = read_path(ctx.app.db(), ctx.actor, project_id);
  if (!a) return web::reply_error(ctx, a.error());
  return http::Response::json(path_json(*a, ctx.actor).dump());
}

http::Response stage_get(web::Ctx& ctx) {
  return reply_path(ctx, core::parse_id(ctx.req.param("id")));
}

http::Response stage_post(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  auto to = web::json_field(*doc, "to");
  auto from = web::json_field(*doc, "from");
  auto note = web::json_field(*doc, "note");
  auto reason = web::json_field(*doc, "override_reason");
  for (const auto* f : {&to, &from, &note, &reason}) {
    if (!*f) return web::reply_error(ctx, f->error());
  }
  auto in = parse_advance(*from, *to, *note, *reason);
  if (!in) return web::reply_error(ctx, in.error());
  auto project_id = core::parse_id(ctx.req.param("id"));
  if (auto r = advance(ctx.app.db(), ctx.actor, project_id, *in, ctx.app.clock().now()); !r) {
    return web::reply_error(ctx, r.error());
  }
  return reply_path(ctx, project_id);
}

http::Response checklist_post(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  auto it = doc->find("done");
  if (it == doc->end() || !it->is_boolean()) {
    return web::reply_error(ctx,
                            Error::invalid("errors.invalid", {{"done", "maturity.errors.done"}}));
  }
  auto note = web::json_field(*doc, "note");
  if (!note) return web::reply_error(ctx, note.error());
  auto item = web::json_field(*doc, "item_id", true);
  if (!item) return web::reply_error(ctx, item.error());
  auto in = parse_tick(it->get<bool>() ? "1" : "0", *note);
  if (!in) return web::reply_error(ctx, in.error());
  auto project_id = core::parse_id(ctx.req.param("id"));
  if (auto r = tick(ctx.app.db(), ctx.actor, project_id, core::parse_id(*item), *in,
                    ctx.app.clock().now());
      !r) {
    return web::reply_error(ctx, r.error());
  }
  return reply_path(ctx, project_id);
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/projects/{id:int}/stage", stage_get, api_doc::kStage);
  app.post("/api/v1/projects/{id:int}/stage", stage_post, api_doc::kAdvance);
  app.post("/api/v1/projects/{id:int}/checklist", checklist_post, api_doc::kTick);
}

}  // namespace comdev::maturity
