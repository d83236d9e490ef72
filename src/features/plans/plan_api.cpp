// GET /api/v1/plans : every plan (no actions). GET /api/v1/plans/{id} : one plan with its axes
// and actions (budgets in minor units with their currency, douars by slug).
#include <nlohmann/json.hpp>

#include "features/plans/plan_api_doc.h"
#include "features/plans/plan_module.h"
#include "features/plans/plan_store.h"
#include "features/plans/plan_views.h"
#include "web/errors.h"

namespace comdev::plans {
namespace {

nlohmann::json plan_json(const Plan& p) {
  return {
      {"id", p.id},
      {"title", p.title},
      {"organisation", {{"id", p.organisation_id}, {"name", p.organisation}}},
      {"commune", {{"id", p.territory_id}, {"name_fr", p.commune_fr}, {"name_ar", p.commune_ar}}},
      {"period_start", p.period_start},
      {"period_end", p.period_end},
      {"summary", p.summary},
      {"demo", p.demo},
      {"action_count", p.action_count}};
}

http::Response list(web::Ctx& ctx) {
  auto plans = plan_store::list(ctx.app.db());
  if (!plans) return web::reply_error(ctx, plans.error());
  nlohmann::json items = nlohmann::json::array();
  for (const auto& p : *plans) items.push_back(plan_json(p));
  return http::Response::json(nlohmann::json{{"plans", items}}.dump());
}

http::Response show(web::Ctx& ctx) {
  auto id = path_id(ctx);
  if (id == 0) return web::reply_error(ctx, Error::not_found());
  auto p = plan_store::find(ctx.app.db(), id);
  if (!p) return web::reply_error(ctx, p.error());
  if (!*p) return web::reply_error(ctx, Error::not_found());
  auto out = plan_json(**p);
  nlohmann::json axes = nlohmann::json::array();
  for (const auto& a : (*p)->axes) {
    nlohmann::json actions = nlohmann::json::array();
    for (const auto& x : a.actions) {
      nlohmann::json douars = nlohmann::json::array();
      for (const auto& d : x.douars) douars.push_back(d.slug);
      actions.push_back({{"id", x.id},
                         {"title", x.title},
                         {"priority", x.priority},
                         {"status", x.status},
                         {"budget_minor", x.budget_minor ? nlohmann::json(*x.budget_minor)
                                                         : nlohmann::json(nullptr)},
                         {"currency", x.currency},
                         {"douars", douars}});
    }
    axes.push_back({{"id", a.id}, {"title", a.title}, {"actions", actions}});
  }
  out["axes"] = axes;
  return http::Response::json(out.dump());
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/plans", list, api_doc::kList);
  app.get("/api/v1/plans/{id:int}", show, api_doc::kShow);
}

}  // namespace comdev::plans
