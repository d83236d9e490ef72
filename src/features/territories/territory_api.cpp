// GET /api/v1/territories: every place with its parent id (a flat list a client can index),
// or nested under its parent with ?tree=1; ?kind=commune keeps one kind.
#include <nlohmann/json.hpp>

#include "features/territories/territory_api_doc.h"
#include "features/territories/territory_module.h"
#include "features/territories/territory_rules.h"
#include "features/territories/territory_store.h"
#include "web/errors.h"

namespace comdev::territories {
namespace {

nlohmann::json to_json(const Territory& t) {
  nlohmann::json aliases = nlohmann::json::array();
  std::string_view rest = t.aliases;
  while (!rest.empty()) {
    auto comma = rest.find(',');
    auto part = rest.substr(0, comma);
    if (!part.empty()) aliases.push_back(std::string(part));
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
  }
  nlohmann::json j{
      {"id", t.id},
      {"parent_id", t.parent_id == 0 ? nlohmann::json() : nlohmann::json(t.parent_id)},
      {"kind", t.kind},
      {"commune_kind", t.commune_kind.empty() ? nlohmann::json() : nlohmann::json(t.commune_kind)},
      {"slug", t.slug},
      {"name_fr", t.name_fr},
      {"name_ar", t.name_ar},
      {"aliases", aliases},
      {"lat", t.lat ? nlohmann::json(*t.lat) : nlohmann::json()},
      {"lon", t.lon ? nlohmann::json(*t.lon) : nlohmann::json()},
      {"position_approximate", t.position_approximate}};
  return j;
}

nlohmann::json to_json(const Node& n) {
  auto j = to_json(n.territory);
  j["children"] = nlohmann::json::array();
  for (const auto& c : n.children) j["children"].push_back(to_json(c));
  return j;
}

http::Response list(web::Ctx& ctx) {
  std::string kind(ctx.query.get("kind"));
  if (!kind.empty() && !is_kind(kind)) {
    return web::reply_error(ctx, Error::invalid("errors.invalid", {{"kind", "errors.invalid"}}));
  }
  auto all = territory_store::list(ctx.app.db(), kind);
  if (!all) return web::reply_error(ctx, all.error());
  nlohmann::json out = nlohmann::json::array();
  if (ctx.query.get("tree") == "1") {
    for (const auto& n : build_tree(*all)) out.push_back(to_json(n));
  } else {
    for (const auto& t : *all) out.push_back(to_json(t));
  }
  auto res = http::Response::json(nlohmann::json{{"territories", out}}.dump());
  res.header("Cache-Control", "public, max-age=60");
  return res;
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/territories", list, api_doc::kList);
}

}  // namespace comdev::territories
