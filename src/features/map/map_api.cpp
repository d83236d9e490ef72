// GET /api/v1/projects.geojson?sector=&status=&territory= : the projects with a point, as a
// GeoJSON FeatureCollection (newest first, at most kMaxFeatures; "truncated" says when more
// matched). A project without its own point is drawn at its place's ("approximate": true).
#include <nlohmann/json.hpp>

#include "features/map/map_api_doc.h"
#include "features/map/map_module.h"
#include "features/map/map_store.h"
#include "web/errors.h"

namespace comdev::map {
namespace {

constexpr int kMaxFeatures = 2000;

http::Response geojson(web::Ctx& ctx) {
  auto f = filter_of(ctx, kMaxFeatures + 1);
  if (!f) return web::reply_error(ctx, f.error());
  f->offset = 0;  // one collection, not pages
  auto projects = map_store::projects(ctx.app.db(), *f);
  if (!projects) return web::reply_error(ctx, projects.error());
  bool truncated = projects->size() > static_cast<std::size_t>(kMaxFeatures);
  if (truncated) projects->pop_back();
  bool ar = i18n::code(ctx.lang) == "ar";
  nlohmann::json features = nlohmann::json::array();
  for (const auto& p : *projects) {
    if (!p.has_point) continue;
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "Point"}, {"coordinates", {p.lon, p.lat}}}},
                        {"properties",
                         {{"id", p.id},
                          {"title", p.title},
                          {"status", p.status},
                          {"url", "/projects/" + std::to_string(p.id)},
                          {"place", ar && !p.place_ar.empty() ? p.place_ar : p.place_fr},
                          {"approximate", p.approximate}}}});
  }
  nlohmann::json out{
      {"type", "FeatureCollection"}, {"features", features}, {"truncated", truncated}};
  auto res = http::Response::json(out.dump());
  res.header("Content-Type", "application/geo+json");
  return res;
}

}  // namespace

void register_api(web::App& app) {
  app.get("/api/v1/projects.geojson", geojson, api_doc::kGeojson);
}

}  // namespace comdev::map
