// The opportunities API, over the same policy and use cases as the pages (opportunity_actions.h):
//   GET  /api/v1/opportunities?q=&sector=&commune=&province=&stage=&kind=&amount=&page=&per_page=
//        → {opportunities, page, per_page, total, facets}; an unknown filter value is a 422
//   GET  /api/v1/opportunities/{id}            → one opportunity (its contact line only to those
//                                                who may read it)
//   GET  /api/v1/opportunities.geojson?…       → the matches with a place, for the map
//   POST /api/v1/opportunities/{id}/interests  → "I'm interested" (bearer token), 201
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "features/opportunities/opportunity_actions.h"
#include "features/opportunities/opportunity_api_doc.h"
#include "features/opportunities/opportunity_forms.h"
#include "features/opportunities/opportunity_module.h"
#include "features/opportunities/opportunity_store.h"
#include "money/money.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/json_body.h"
#include "web/markdown.h"

namespace comdev::opportunities {
namespace {

using nlohmann::json;

json org_json(std::int64_t id, const std::string& name) {
  if (id == 0) return nullptr;
  return {{"id", id}, {"name", name}};
}

json summary_json(const Opportunity& o) {
  return {{"id", o.id},
          {"url", "/opportunities/" + std::to_string(o.id)},
          {"kind", std::string(name(o.text.kind))},
          {"state", std::string(name(o.state))},
          {"title", o.text.title},
          {"lang", o.text.lang},
          {"sector", o.text.sector},
          {"stage", o.text.stage},
          {"commune",
           {{"id", o.text.commune_id}, {"name_fr", o.commune_fr}, {"name_ar", o.commune_ar}}},
          {"province",
           o.province_id
               ? json{{"id", o.province_id}, {"name_fr", o.province_fr}, {"name_ar", o.province_ar}}
               : json()},
          {"amount_min", money::to_decimal(o.text.amount_min)},
          {"amount_max", money::to_decimal(o.text.amount_max)},
          {"amount_min_minor", o.text.amount_min},
          {"amount_max_minor", o.text.amount_max},
          {"currency", o.text.currency},
          {"publisher", org_json(o.text.publisher_org_id, o.publisher_org_name)},
          {"contact_organisation", org_json(o.text.contact_org_id, o.contact_org_name)},
          {"demo", o.demo},
          {"published_at", o.published_at.empty() ? json() : json(o.published_at)}};
}

http::Response list_api(web::Ctx& ctx, Service service) {
  service.follower.catch_up({kOpportunity});
  std::vector<FieldError> errors;
  auto f = parse_filter(ctx.query, &errors);
  if (!errors.empty()) {
    return web::reply_error(ctx, Error::invalid("errors.invalid", std::move(errors)));
  }
  auto page = list_published(ctx.app.db(), service.index, f);
  if (!page) return web::reply_error(ctx, page.error());
  json items = json::array();
  for (const auto& o : page->items) items.push_back(summary_json(o));
  json facets = json::object();
  for (std::size_t i = 0; i < kFacetNames.size(); ++i) {
    json values = json::array();
    for (const auto& [v, n] : page->counts[i]) values.push_back({{"value", v}, {"count", n}});
    facets[std::string(kFacetNames[i])] = std::move(values);
  }
  json body{{"opportunities", items},
            {"page", f.page},
            {"per_page", f.per_page},
            {"total", page->total},
            {"facets", facets},
            {"notice",
             "Nothing here is a public offering of securities; the platform takes no "
             "money for investments and only introduces people."}};
  return http::Response::json(body.dump());
}

http::Response geojson_api(web::Ctx& ctx, Service service) {
  service.follower.catch_up({kOpportunity});
  std::vector<FieldError> errors;
  auto f = parse_filter(ctx.query, &errors);
  if (!errors.empty()) {
    return web::reply_error(ctx, Error::invalid("errors.invalid", std::move(errors)));
  }
  auto page = list_published(ctx.app.db(), service.index, f);
  if (!page) return web::reply_error(ctx, page.error());
  bool ar = ctx.lang == i18n::Lang::ar;
  json features = json::array();
  for (const auto& o : page->all) {
    if (!o.lat || !o.lon) continue;
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "Point"}, {"coordinates", {*o.lon, *o.lat}}}},
                        {"properties",
                         {{"id", o.id},
                          {"title", o.text.title},
                          {"url", "/opportunities/" + std::to_string(o.id)},
                          {"place", ar && !o.commune_ar.empty() ? o.commune_ar : o.commune_fr},
                          {"kind", std::string(name(o.text.kind))},
                          // Drawn at the commune's seat: an opportunity has no point of its own.
                          {"approximate", true}}}});
  }
  json out{{"type", "FeatureCollection"}, {"features", features}};
  auto res = http::Response::json(out.dump());
  res.header("Content-Type", "application/geo+json");
  return res;
}

http::Response show_api(web::Ctx& ctx) {
  auto id = core::parse_id(ctx.req.param("id"));
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  const Opportunity& o = a->opportunity;
  json body = summary_json(o);
  body["description"] = {{"markdown", o.text.description_md},
                         {"html", web::markdown_to_html(o.text.description_md)}};
  body["contact"] = sees_contact(ctx.actor, *a) ? json(o.text.contact) : json();
  json mine = json::array();
  for (const auto& i : a->mine) {
    mine.push_back(
        {{"id", i.id}, {"state", std::string(name(i.state))}, {"note", i.decision_note}});
  }
  body["my_requests"] = mine;
  auto res = http::Response::json(body.dump());
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response interest_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto doc = web::json_body(ctx);
  if (!doc) return web::reply_error(ctx, doc.error());
  http::Form form;
  for (const char* name : {"about", "interest", "amount", "currency", "contact"}) {
    auto v = web::json_field(*doc, name);
    if (!v) return web::reply_error(ctx, v.error());
    form.add(name, *v);
  }
  auto in = parse_interest(form);
  if (!in) return web::reply_error(ctx, in.error());
  auto id = core::parse_id(ctx.req.param("id"));
  auto r = express_interest(ctx.app.db(), ctx.actor, id, *in, core::now());
  if (!r) return web::reply_error(ctx, r.error());
  json body{{"id", *r},
            {"opportunity_id", id},
            {"state", "requested"},
            {"amount", in->amount ? json(money::to_decimal(*in->amount)) : json()},
            {"currency", in->currency}};
  auto res = http::Response::json(body.dump());
  res.status = 201;
  return res;
}

}  // namespace

void register_api(web::App& app, Service service) {
  api_doc::describe_components(app.api_doc());
  app.get(
      "/api/v1/opportunities", [service](web::Ctx& ctx) { return list_api(ctx, service); },
      api_doc::kList);
  app.get(
      "/api/v1/opportunities.geojson",
      [service](web::Ctx& ctx) { return geojson_api(ctx, service); }, api_doc::kGeojson);
  app.get("/api/v1/opportunities/{id:int}", show_api, api_doc::kShow);
  app.post("/api/v1/opportunities/{id:int}/interests", interest_api, api_doc::kInterest);
}

}  // namespace comdev::opportunities
