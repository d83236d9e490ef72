// The decisions API (bearer token of a member; private to the team and the community's
// animators):
//   GET  /api/v1/projects/{id}/decisions                  → {project_id, decisions}
//   POST /api/v1/projects/{id}/decisions {title, body, deadline, quorum} → 201 {decision}
//   POST /api/v1/decisions/{id}/votes {choice, reason}    → 200 {decision}
// The same forms, policy and use cases as the pages; reading closes what is due.
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "features/decisions/decision_actions.h"
#include "features/decisions/decision_api_doc.h"
#include "features/decisions/decision_forms.h"
#include "features/decisions/decision_module.h"
#include "features/decisions/decision_store.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/json_body.h"
#include "web/markdown.h"

namespace comdev::decisions {
namespace {

using nlohmann::json;

json decision_json(const Proposal& p, const std::vector<Vote>& votes) {
  Tally live;
  json vs = json::array();
  for (const auto& v : votes) {
    live.add(v.choice);
    vs.push_back({{"member", {{"id", v.member_id}, {"display_name", v.display_name}}},
                  {"choice", std::string(name(v.choice))},
                  {"reason", v.reason},
                  {"voted_at", v.voted_at}});
  }
  const Tally& t = p.outcome ? p.tally : live;
  return {
      {"id", p.id},
      {"project_id", p.project_id},
      {"title", p.title},
      {"body_md", p.body_md},
      {"body_html", web::markdown_to_html(p.body_md)},
      {"deadline", p.deadline},
      {"quorum", p.quorum ? json(p.quorum) : json()},
      {"proposed_by",
       {{"id", p.proposed_by ? json(p.proposed_by) : json()}, {"display_name", p.proposer_name}}},
      {"created_at", p.created_at},
      {"outcome", p.outcome ? json(std::string(name(*p.outcome))) : json()},
      {"closed_at", p.closed_at.empty() ? json() : json(p.closed_at)},
      {"counts",
       {{"agree", t.agree}, {"abstain", t.abstain}, {"disagree", t.disagree}, {"block", t.block}}},
      {"votes", vs}};
}

http::Response reply_decision(web::Ctx& ctx, std::int64_t id, int status) {
  auto a = readable_decision(ctx.app.db(), ctx.actor, id, ctx.app.clock().now());
  if (!a) return web::reply_error(ctx, a.error());
  return http::Response::json(decision_json(a->proposal, a->votes).dump(), status);
}

http::Response list_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto project_id = core::parse_id(ctx.req.param("id"));
  if (auto s = readable_project(ctx.app.db(), ctx.actor, project_id); !s) {
    return web::reply_error(ctx, s.error());
  }
  if (auto r = close_due(ctx.app.db(), project_id, ctx.app.clock().now()); !r) {
    return web::reply_error(ctx, r.error());
  }
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto list = decision_store::list(**lease, project_id);
  if (!list) return web::reply_error(ctx, list.error());
  json out = json::array();
  for (const auto& p : *list) {
    auto votes = decision_store::votes(**lease, p.id);
    if (!votes) return web::reply_error(ctx, votes.error());
    out.push_back(decision_json(p, *votes));
  }
  return http::Response::json(json{{"project_id", project_id}, {"decisions", out}}.dump());
}

http::Response propose_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  auto title = web::json_field(*doc, "title");
  auto body = web::json_field(*doc, "body");
  auto deadline = web::json_field(*doc, "deadline");
  auto quorum = web::json_field(*doc, "quorum", true);
  for (const auto* f : {&title, &body, &deadline, &quorum}) {
    if (!*f) return web::reply_error(ctx, f->error());
  }
  // An API deadline may carry its "Z".
  std::string d = *deadline;
  if (d.ends_with('Z')) d.pop_back();
  auto in = parse_proposal(*title, *body, d, *quorum);
  if (!in) return web::reply_error(ctx, in.error());
  auto id = propose(ctx.app.db(), ctx.actor, core::parse_id(ctx.req.param("id")), *in,
                    ctx.app.clock().now(),
                    std::chrono::seconds(ctx.app.config().decision_notice_seconds));
  if (!id) return web::reply_error(ctx, id.error());
  return reply_decision(ctx, *id, 201);
}

http::Response vote_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  auto choice = web::json_field(*doc, "choice");
  auto reason = web::json_field(*doc, "reason");
  if (!choice) return web::reply_error(ctx, choice.error());
  if (!reason) return web::reply_error(ctx, reason.error());
  auto id = core::parse_id(ctx.req.param("id"));
  // A decision the caller may not read is 404 before anything about the body is said.
  if (auto a = readable_decision(ctx.app.db(), ctx.actor, id, ctx.app.clock().now()); !a) {
    return web::reply_error(ctx, a.error());
  }
  auto in = parse_vote(*choice, *reason);
  if (!in) return web::reply_error(ctx, in.error());
  if (auto r = vote(ctx.app.db(), ctx.actor, id, *in, ctx.app.clock().now()); !r) {
    return web::reply_error(ctx, r.error());
  }
  return reply_decision(ctx, id, 200);
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/projects/{id:int}/decisions", list_api, api_doc::kDecisions);
  app.post("/api/v1/projects/{id:int}/decisions", propose_api, api_doc::kPropose);
  app.post("/api/v1/decisions/{id:int}/votes", vote_api, api_doc::kVote);
}

}  // namespace comdev::decisions
