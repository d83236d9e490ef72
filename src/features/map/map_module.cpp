#include "features/map/map_module.h"

#include "core/log.h"
#include "features/map/map_forms.h"
#include "features/territories/territory_store.h"

namespace comdev::map {

Result<Filter> filter_of(web::Ctx& ctx, int per_page) {
  std::string territory(ctx.query.get("territory"));
  if (!territory.empty() && territory.find_first_not_of("0123456789") != std::string::npos) {
    auto id = territories::territory_store::id_from_param(ctx.app.db(), territory);
    if (!id) return id.error();
    territory = std::to_string(*id);
  }
  return validate(
      {ctx.query.get("sector"), ctx.query.get("status"), territory, ctx.query.get("page")},
      per_page);
}

const Leaflet& register_module(web::App& app, std::vector<std::shared_ptr<void>>& services) {
  const Config& c = app.config();
  auto dist = std::filesystem::path(c.share_dir.empty() ? "." : c.share_dir) / "node_modules" /
              "leaflet" / "dist";
  auto leaflet = std::make_shared<Leaflet>(Leaflet::load(dist));
  if (!leaflet->available()) {
    log::warn("map.leaflet_missing", {{"path", dist.string()}});  // the list still works
  }
  leaflet->register_routes(app);
  register_pages(app, *leaflet);
  register_api(app);
  services.push_back(leaflet);
  return *leaflet;
}

}  // namespace comdev::map
