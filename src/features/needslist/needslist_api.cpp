// GET /api/v1/needs: the open needs with the same filters as /needs (type, skill, sector,
// commune, province, mode, period), page and per_page (1–100), newest first, with the facet
// counts. An unknown filter value is a 422 naming the field.
#include <nlohmann/json.hpp>

#include "features/needslist/needslist_api_doc.h"
#include "features/needslist/needslist_forms.h"
#include "features/needslist/needslist_module.h"
#include "web/errors.h"

namespace comdev::needslist {
namespace {

nlohmann::json place_json(const Dictionary& d, std::int64_t id) {
  const Place* p = d.place(id);
  if (p == nullptr) return nullptr;
  return {{"id", p->id}, {"slug", p->slug}, {"name_fr", p->name_fr}, {"name_ar", p->name_ar}};
}

template <class T>
nlohmann::json opt(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json text_or_null(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

nlohmann::json need_json(const NeedEntry& e, const Dictionary& d) {
  nlohmann::json skills = nlohmann::json::array();
  for (auto id : e.skill_ids)
    skills.push_back({{"id", id}, {"slug", url_value(Facet::skill, id, d)}});
  return {{"id", e.id},
          {"url", "/needs/" + std::to_string(e.id)},
          {"kind", e.kind},
          {"title", e.title},
          {"status", "open"},
          {"created_at", e.created_at},
          {"project", {{"id", e.project_id}, {"title", e.project_title}}},
          {"place", place_json(d, e.territory_id)},
          {"commune", place_json(d, e.commune_id)},
          {"province", place_json(d, e.province_id)},
          {"sectors", e.sectors},
          {"skills", skills},
          {"mode", text_or_null(e.mode)},
          {"period_start", text_or_null(e.period_start)},
          {"period_end", text_or_null(e.period_end)},
          {"effort_days", opt(e.effort_days)},
          {"amount_minor", opt(e.amount_minor)},
          {"currency", text_or_null(e.currency)},
          {"item", text_or_null(e.item)},
          {"quantity", opt(e.quantity)}};
}

http::Response list(web::Ctx& ctx, NeedsLive& live) {
  live.catch_up();
  auto dict = live.dictionary();
  auto req = parse_list_request(ctx.query, *dict, true);
  if (!req.errors.empty())
    return web::reply_error(ctx, Error::invalid("errors.invalid", std::move(req.errors)));
  auto r = live.index().query(req.query);
  nlohmann::json needs = nlohmann::json::array();
  for (const auto& e : r.needs) needs.push_back(need_json(e, *dict));
  nlohmann::json facets = nlohmann::json::object();
  for (int i = 0; i < kFacets; ++i) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& v : r.facets[i]) {
      values.push_back(
          {{"value", url_value(static_cast<Facet>(i), v.key, *dict)}, {"count", v.count}});
    }
    facets[std::string(kFacetNames[i])] = std::move(values);
  }
  nlohmann::json out{{"needs", std::move(needs)},
                     {"page", req.query.page},
                     {"per_page", req.query.per_page},
                     {"total", r.total},
                     {"facets", std::move(facets)}};
  return http::Response::json(out.dump());
}

}  // namespace

void register_api(web::App& app, NeedsLive& live) {
  app.api_doc().add_component("schemas", "NeedPlace", api_doc::kPlaceSchema);
  app.get(
      "/api/v1/needs", [&live](web::Ctx& ctx) { return list(ctx, live); }, api_doc::kList);
}

}  // namespace comdev::needslist
