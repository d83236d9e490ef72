// GET /map?sector=&status=&territory=&page= : the filters (a plain GET form), the map (drawn by
// static/js/map.js from the GeoJSON endpoint with the same filters) and the list of the
// matching projects, paginated — the list is the page without JavaScript. The count and the
// places are read once a few seconds (changes/recent_cache.h), and the page visitors see is kept
// with its gzip (web/page_cache.h).
#include <memory>

#include "core/sectors.h"
#include "features/changes/change_log_store.h"
#include "features/changes/recent_cache.h"
#include "features/map/map_forms.h"
#include "features/map/map_module.h"
#include "features/map/map_store.h"
#include "features/organisations/organisation_views.h"
#include "http/percent.h"
#include "tpl/map/index.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/page_cache.h"

namespace comdev::map {
namespace {

constexpr int kPerPage = 20;

struct Item {
  std::string url, title, place, status;
  bool no_point = false;
};

struct MapView {
  web::LayoutView layout;
  std::vector<organisations::Option> sectors, statuses, territories;
  std::string geojson_url, tiles, leaflet_js, leaflet_css, map_js;
  std::int64_t total = 0;
  std::vector<Item> items;
  std::string prev_url, next_url;
  std::vector<std::string> errors;
};

// One per App (tests run several servers, each on its own database, in one process).
struct MapCaches {
  web::PageCache pages;
  changes::RecentCache<std::int64_t> counts;
  changes::RecentCache<std::vector<organisations::Option>> territories;
};

// Catalogue keys of the statuses, written out so the catalogue test sees them used.
std::string_view status_key(std::string_view s) {
  if (s == "idea") return "projects.status.idea";
  if (s == "maturing") return "projects.status.maturing";
  if (s == "ready") return "projects.status.ready";
  if (s == "funding") return "projects.status.funding";
  if (s == "in_progress") return "projects.status.in_progress";
  if (s == "done") return "projects.status.done";
  return "projects.status.capitalised";
}

std::string query_of(const Filter& f) {
  std::string q =
      "sector=" + http::percent_encode(f.sector) + "&status=" + http::percent_encode(f.status);
  if (f.territory_id) q += "&territory=" + std::to_string(f.territory_id);
  return q;
}

http::Response page(web::Ctx& ctx, const Leaflet& leaflet, MapCaches& caches) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  MapView v;
  int status = 200;
  auto f = filter_of(ctx, kPerPage);
  std::uint64_t version = changes::local_write_generation();  // before reading
  std::string key;
  if (f) {
    key = web::visitor_page_key(ctx,
                                query_of(*f) + "&page=" + std::to_string(f->offset / kPerPage + 1));
    if (!key.empty()) {
      if (auto cached = caches.pages.find(key, version)) return web::cached_reply(ctx, *cached);
    }
  }
  if (!f) {
    if (f.error().fields.empty()) return web::reply_error(ctx, f.error());
    for (const auto& e : f.error().fields) v.errors.push_back(text(ctx.lang, e.message_id));
    status = 422;
    f = Filter{};
  }
  for (auto code : core::kSectors) {
    v.sectors.push_back({std::string(code), text(ctx.lang, "profiles.sector." + std::string(code)),
                         code == f->sector});
  }
  for (auto s : {"idea", "maturing", "ready", "funding", "in_progress", "done", "capitalised"}) {
    v.statuses.push_back({s, text(ctx.lang, status_key(s)), s == f->status});
  }
  auto territories = caches.territories.get(std::string(i18n::code(ctx.lang)), [&] {
    return organisations::territory_options(ctx.app.db(), ctx.lang, 0);
  });
  if (!territories) return web::reply_error(ctx, territories.error());
  v.territories = **territories;
  for (auto& o : v.territories) o.selected = o.value == std::to_string(f->territory_id);
  auto projects = map_store::projects(ctx.app.db(), *f);
  if (!projects) return web::reply_error(ctx, projects.error());
  auto total = caches.counts.get(query_of(*f), [&] { return map_store::count(ctx.app.db(), *f); });
  if (!total) return web::reply_error(ctx, total.error());
  v.total = **total;
  bool ar = i18n::code(ctx.lang) == "ar";
  for (const auto& p : *projects) {
    v.items.push_back({"/projects/" + std::to_string(p.id), p.title,
                       ar && !p.place_ar.empty() ? p.place_ar : p.place_fr,
                       text(ctx.lang, status_key(p.status)), !p.has_point});
  }
  int page = f->offset / kPerPage + 1;
  auto url = [&](int n) { return "/map?" + query_of(*f) + "&page=" + std::to_string(n); };
  if (page > 1) v.prev_url = url(page - 1);
  if (static_cast<std::int64_t>(page) * kPerPage < v.total && page < kMaxPage)
    v.next_url = url(page + 1);
  if (leaflet.available()) {
    v.geojson_url = "/api/v1/projects.geojson?" + query_of(*f);
    v.tiles = ctx.app.config().map_tiles_url;
    v.leaflet_js = leaflet.url("leaflet.js");
    v.leaflet_css = leaflet.url("leaflet.css");
    v.map_js = ctx.app.assets().url("js/map.js");
  }
  v.layout = web::make_layout(ctx, text(ctx.lang, "map.title"), "map");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::map_index(out, v); });
  if (key.empty() || status != 200) return res;
  return web::cached_reply(ctx, *caches.pages.put(key, std::move(res.body), version));
}

}  // namespace

void register_pages(web::App& app, const Leaflet& leaflet) {
  auto caches = std::make_shared<MapCaches>();
  app.get("/map", [&leaflet, caches](web::Ctx& ctx) { return page(ctx, leaflet, *caches); });
}

}  // namespace comdev::map
