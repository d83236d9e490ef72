// GET /api/v1/organisations?type=&territory=&page=&per_page= : organisations, paginated.
// `territory` is a territory id or slug and includes the places below it.
#include <nlohmann/json.hpp>

#include "features/organisations/organisation_api_doc.h"
#include "features/organisations/organisation_forms.h"
#include "features/organisations/organisation_module.h"
#include "features/organisations/organisation_store.h"
#include "features/territories/territory_store.h"
#include "web/errors.h"

namespace comdev::organisations {
namespace {

http::Response list(web::Ctx& ctx) {
  Filter f;
  std::vector<FieldError> bad;
  f.type = std::string(ctx.query.get("type"));
  if (!f.type.empty() && !is_type(f.type)) bad.push_back({"type", "organisations.errors.type"});
  std::string territory(ctx.query.get("territory"));
  if (!territory.empty()) {
    auto id = territories::territory_store::id_from_param(ctx.app.db(), territory);
    if (!id) return web::reply_error(ctx, id.error());
    f.territory_id = *id;
    if (f.territory_id == 0) bad.push_back({"territory", "organisations.errors.territory"});
  }
  auto page = ctx.query.get("page").empty() ? 1 : parse_id(ctx.query.get("page"));
  auto per_page = ctx.query.get("per_page").empty() ? 50 : parse_id(ctx.query.get("per_page"));
  if (page < 1 || page > 100000) bad.push_back({"page", "errors.invalid"});
  if (per_page < 1 || per_page > 200) bad.push_back({"per_page", "errors.invalid"});
  if (!bad.empty()) return web::reply_error(ctx, Error::invalid("errors.invalid", std::move(bad)));
  f.limit = static_cast<int>(per_page);
  f.offset = static_cast<int>((page - 1) * per_page);
  auto orgs = organisation_store::list(ctx.app.db(), f);
  if (!orgs) return web::reply_error(ctx, orgs.error());
  auto total = organisation_store::count(ctx.app.db(), f);
  if (!total) return web::reply_error(ctx, total.error());
  nlohmann::json items = nlohmann::json::array();
  for (const auto& o : *orgs) {
    nlohmann::json territory_json;
    if (o.territory_id != 0) {
      territory_json = {
          {"id", o.territory_id}, {"name_fr", o.territory_fr}, {"name_ar", o.territory_ar}};
    }
    items.push_back({{"id", o.id},
                     {"type", o.type},
                     {"name", o.name},
                     {"territory", territory_json},
                     {"description", o.description},
                     {"demo", o.demo}});
  }
  nlohmann::json out{
      {"organisations", items}, {"page", page}, {"per_page", per_page}, {"total", *total}};
  return http::Response::json(out.dump());
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/organisations", list, api_doc::kList);
}

}  // namespace comdev::organisations
