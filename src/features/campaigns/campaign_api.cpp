// The campaigns API:
//   GET  /api/v1/campaigns            → {campaigns}: published and closed campaigns
//   GET  /api/v1/campaigns/{id}       → the campaign (drafts to their carrier and animators)
//   POST /api/v1/pledges {campaign_id, amount, currency?, anonymous?} with Idempotency-Key
//        → 201 the new pledge, or 200 the pledge first made with that key
//   GET  /api/v1/pledges/{id}         → the pledge, to its donor (or a treasurer)
// Amounts are given as decimal text ("150.50") and answered both as minor units and decimal.
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "features/campaigns/campaign_actions.h"
#include "features/campaigns/campaign_api_doc.h"
#include "features/campaigns/campaign_forms.h"
#include "features/campaigns/campaign_module.h"
#include "features/campaigns/campaign_rules.h"
#include "features/campaigns/campaign_store.h"
#include "features/campaigns/pledge_reference.h"
#include "money/money.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/json_body.h"

namespace comdev::campaigns {
namespace {

using nlohmann::json;
namespace st = campaign_store;

constexpr int kListed = 200;

json money_json(std::int64_t minor, const std::string& currency) {
  return {{"minor", minor}, {"decimal", money::to_decimal(minor)}, {"currency", currency}};
}

json campaign_json(const Campaign& c, bool signed_in, const std::vector<FundUse>* uses) {
  json j = {{"id", c.id},
            {"project", {{"id", c.project_id}, {"title", c.project_title}}},
            {"organisation", {{"id", c.in.organisation_id}, {"name", c.organisation_name}}},
            {"title", c.in.title},
            {"state", std::string(name(c.state))},
            {"audience", std::string(name(c.in.audience))},
            {"authorisation",
             c.in.authorisation_ref.empty()
                 ? json()
                 : json{{"reference", c.in.authorisation_ref}, {"date", c.in.authorisation_on}}},
            {"starts_on", c.in.starts_on},
            {"ends_on", c.in.ends_on},
            {"goal", money_json(c.in.goal_minor, c.in.currency)},
            {"confirmed", money_json(c.confirmed_minor, c.in.currency)},
            {"pledged", money_json(c.pledged_minor, c.in.currency)},
            {"percent", progress_percent(c.confirmed_minor, c.in.goal_minor)},
            {"donors", c.donors},
            {"demo", c.demo},
            {"url", "/campaigns/" + std::to_string(c.id)}};
  if (uses) {
    json u = json::array();
    for (const auto& f : *uses) {
      u.push_back({{"label", f.label}, {"amount", money_json(f.amount_minor, c.in.currency)}});
    }
    j["description_md"] = c.in.description_md;
    j["uses"] = std::move(u);
    // The account to transfer to: for signed-in members only, as on the page.
    j["bank_details"] = signed_in ? json(c.in.bank_details) : json();
  }
  return j;
}

json pledge_json(const Pledge& p) {
  return {{"id", p.id},
          {"campaign_id", p.campaign_id},
          {"reference", display_reference(p.reference)},
          {"amount", money_json(p.amount_minor, p.currency)},
          {"anonymous", p.anonymous},
          {"state", std::string(name(p.state))},
          {"created_at", p.created_at},
          {"confirmed_at", p.confirmed_at.empty() ? json() : json(p.confirmed_at)},
          {"url", "/pledges/" + std::to_string(p.id)}};
}

http::Response list_api(web::Ctx& ctx) {
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto all = st::list_public(**lease, kListed);
  if (!all) return web::reply_error(ctx, all.error());
  json items = json::array();
  for (const auto& c : *all) items.push_back(campaign_json(c, ctx.actor.signed_in(), nullptr));
  return http::Response::json(json{{"campaigns", items}}.dump());
}

http::Response show_api(web::Ctx& ctx) {
  auto a = readable(ctx.app.db(), ctx.actor, core::parse_id(ctx.req.param("id")));
  if (!a) return web::reply_error(ctx, a.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto uses = st::uses(**lease, a->campaign.id);
  if (!uses) return web::reply_error(ctx, uses.error());
  bool bank = can(ctx.actor, Action::see_bank_details, a->subject).allowed;
  return http::Response::json(campaign_json(a->campaign, bank, &*uses).dump());
}

// A JSON field that may be a string or a number ("amount": "150.50" or 150.5 as typed); a number
// is read through its text, so 150.555 is refused for its three decimals like the text would be.
Result<std::string> amount_field(const json& doc) {
  auto it = doc.find("amount");
  if (it == doc.end() || it->is_null()) return std::string{};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
  if (it->is_number_float()) return it->dump();
  return Error::invalid("errors.invalid", {{"amount", "money.errors.amount"}});
}

http::Response create_pledge_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto key = parse_idempotency_key(ctx.req.header("idempotency-key"));
  if (!key) return web::reply_error(ctx, key.error());
  auto doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  auto campaign = web::json_field(*doc, "campaign_id", true);
  auto currency = web::json_field(*doc, "currency");
  auto amount = amount_field(*doc);
  for (const auto* f : {&campaign, &currency, &amount}) {
    if (!*f) return web::reply_error(ctx, f->error());
  }
  auto anon = doc->find("anonymous");
  if (anon != doc->end() && !anon->is_boolean() && !anon->is_null()) {
    return web::reply_error(ctx,
                            Error::invalid("errors.invalid", {{"anonymous", "errors.invalid"}}));
  }
  bool anonymous = anon != doc->end() && anon->is_boolean() && anon->get<bool>();
  auto a = readable(ctx.app.db(), ctx.actor, core::parse_id(*campaign));
  if (!a) return web::reply_error(ctx, a.error());
  auto in = parse_pledge(*amount, *currency, anonymous, a->campaign.in.currency);
  if (!in) return web::reply_error(ctx, in.error());
  auto made = pledge(ctx.app.db(), ctx.actor, a->campaign.id, *in, *key, ctx.app.clock().now());
  if (!made) return web::reply_error(ctx, made.error());
  auto res = http::Response::json(pledge_json(made->pledge).dump(), made->created ? 201 : 200);
  res.header("Location", "/api/v1/pledges/" + std::to_string(made->pledge.id));
  return res;
}

http::Response show_pledge_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto p = readable_pledge(ctx.app.db(), ctx.actor, core::parse_id(ctx.req.param("id")));
  if (!p) return web::reply_error(ctx, p.error());
  return http::Response::json(pledge_json(*p).dump());
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/campaigns", list_api, api_doc::kCampaigns);
  app.get("/api/v1/campaigns/{id:int}", show_api, api_doc::kCampaign);
  app.post("/api/v1/pledges", create_pledge_api, api_doc::kCreatePledge);
  app.get("/api/v1/pledges/{id:int}", show_pledge_api, api_doc::kPledge);
}

}  // namespace comdev::campaigns
