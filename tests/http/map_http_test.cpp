// The map on both databases: the list under the map works without JavaScript and follows the
// filters (sector, stage, place by id or slug, places below included); the GeoJSON endpoint
// gives the same projects with their points (a project without its own point is drawn at its
// place's, flagged approximate); Leaflet is served by us under a hashed URL; the CSP allows
// images from our origin and the configured tile host only, and with no tiles configured the
// map still has its markers; bad filters get a clear message.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/organisations/organisation_store.h"
#include "features/territories/territory_store.h"
#include "map_test_store.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
namespace mt = map_test_store;

class Map : public ::testing::Test {
 protected:
  void start(const std::function<void(Config&)>& tune = {}) {
    server = TestServer::start(tune);
    auto& db = server->db();
    auto t = territories::territory_store::find_by_slug(db, "tafraout");
    ASSERT_TRUE(t.ok() && *t);
    tafraout = (*t)->id;
    auto p = territories::territory_store::find_by_slug(db, "tiznit");
    ASSERT_TRUE(p.ok() && *p);
    tiznit = (*p)->id;
    auto a = territories::territory_store::find_by_slug(db, "taroudant");
    ASSERT_TRUE(a.ok() && *a);
    taroudant = (*a)->id;
    auto org = organisations::organisation_store::create(
        db, 0, {"village_association", "Association Map Essai", tafraout, "", false});
    ASSERT_TRUE(org.ok());
    carrier = *org;
  }
  http::testing::ClientResponse get(const std::string& path, const std::string& lang = "fr") {
    Client c(server->port());
    return c.get(path, {{"Accept-Language", lang}});
  }
  nlohmann::json geojson(const std::string& query) {
    auto r = get("/api/v1/projects.geojson?" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return nlohmann::json::parse(r.body, nullptr, false);
  }
  // The feature of project `id` in a collection, or null.
  static nlohmann::json feature(const nlohmann::json& g, std::int64_t id) {
    for (const auto& f : g["features"]) {
      if (f["properties"]["id"] == id) return f;
    }
    return nullptr;
  }

  std::unique_ptr<TestServer> server;
  std::int64_t tafraout = 0, tiznit = 0, taroudant = 0, carrier = 0;
};

TEST_F(Map, ListAndGeoJsonFollowTheFilters) {
  start();
  auto& db = server->db();
  auto water = mt::insert_project(db, carrier, tafraout, "Château d'eau Essai", 29.72, -8.97,
                                  "water", "in_progress");
  auto school = mt::insert_project(db, carrier, taroudant, "École Essai", std::nullopt,
                                   std::nullopt, "education", "idea");
  ASSERT_GT(water, 0);
  ASSERT_GT(school, 0);
  auto all = get("/map");
  EXPECT_EQ(all.status, 200);
  EXPECT_TRUE(contains(all.body, "href=\"/projects/" + std::to_string(water) + "\""));
  EXPECT_TRUE(contains(all.body, "href=\"/projects/" + std::to_string(school) + "\""));

  auto by_sector = get("/map?sector=water");
  EXPECT_TRUE(contains(by_sector.body, "/projects/" + std::to_string(water) + "\""));
  EXPECT_FALSE(contains(by_sector.body, "/projects/" + std::to_string(school) + "\""));
  auto by_status = get("/map?status=idea");
  EXPECT_FALSE(contains(by_status.body, "/projects/" + std::to_string(water) + "\""));
  EXPECT_TRUE(contains(by_status.body, "/projects/" + std::to_string(school) + "\""));
  // A province includes its communes; a slug works as well as an id.
  for (std::string t : {std::to_string(tiznit), std::string("tiznit"), std::string("tafraout")}) {
    auto by_place = get("/map?territory=" + t);
    EXPECT_TRUE(contains(by_place.body, "/projects/" + std::to_string(water) + "\"")) << t;
    EXPECT_FALSE(contains(by_place.body, "/projects/" + std::to_string(school) + "\"")) << t;
  }
  // The map asks the GeoJSON endpoint with the same filters.
  EXPECT_TRUE(contains(by_sector.body, "data-geojson=\"/api/v1/projects.geojson?sector=water"));

  auto g = geojson("sector=water");
  EXPECT_EQ(g["type"], "FeatureCollection");
  auto f = feature(g, water);
  ASSERT_FALSE(f.is_null());
  EXPECT_EQ(f["geometry"]["type"], "Point");
  EXPECT_DOUBLE_EQ(f["geometry"]["coordinates"][0].get<double>(), -8.97);
  EXPECT_DOUBLE_EQ(f["geometry"]["coordinates"][1].get<double>(), 29.72);
  EXPECT_EQ(f["properties"]["url"], "/projects/" + std::to_string(water));
  EXPECT_EQ(f["properties"]["approximate"], false);
  EXPECT_TRUE(feature(g, school).is_null());
  EXPECT_TRUE(feature(geojson("territory=tiznit"), school).is_null());
  EXPECT_FALSE(feature(geojson("territory=tiznit"), water).is_null());
}

TEST_F(Map, AProjectWithoutItsOwnPointIsDrawnAtItsPlace) {
  start();
  auto& db = server->db();
  auto id = mt::insert_project(db, carrier, tafraout, "Gîte Essai", std::nullopt, std::nullopt,
                               "rural_tourism", "ready");
  auto f = feature(geojson("sector=rural_tourism"), id);
  auto place = territories::territory_store::find_by_slug(db, "tafraout");
  if ((*place)->lat) {
    ASSERT_FALSE(f.is_null());
    EXPECT_EQ(f["properties"]["approximate"], true);
  } else {
    EXPECT_TRUE(f.is_null());
    EXPECT_TRUE(contains(get("/map?sector=rural_tourism").body, "/projects/" + std::to_string(id)));
  }
}

TEST_F(Map, LeafletIsServedByUsAndTheCspNamesTheTileHost) {
  start();
  auto page = get("/map");
  auto csp = page.headers["content-security-policy"];
  EXPECT_TRUE(contains(csp, "img-src 'self' data: https://tile.openstreetmap.org;")) << csp;
  EXPECT_TRUE(contains(csp, "script-src 'self';"));
  EXPECT_TRUE(contains(page.body, "data-tiles=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\""));
  auto end = page.body.find("/leaflet.js\"");
  ASSERT_NE(end, std::string::npos);
  auto at = page.body.rfind("/vendor/leaflet/", end);
  std::string js = page.body.substr(at, end + 11 - at);
  EXPECT_TRUE(contains(page.body, "/leaflet.css\""));
  EXPECT_TRUE(js.ends_with("/leaflet.js")) << js;
  auto r = get(js);
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(contains(r.headers["content-type"], "javascript"));
  EXPECT_TRUE(contains(r.headers["cache-control"], "immutable"));
  EXPECT_TRUE(contains(r.body, "Leaflet"));
  EXPECT_EQ(get("/vendor/leaflet/000000000000/leaflet.js").status, 404);
  EXPECT_EQ(get(js.substr(0, js.rfind('/')) + "/../../etc/passwd").status, 404);
  EXPECT_TRUE(contains(page.body, "/static/"));  // map.js under its hashed URL
}

TEST_F(Map, ConfiguredTilesAndNoTiles) {
  start([](Config& c) { c.map_tiles_url = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"; });
  auto csp = get("/map").headers["content-security-policy"];
  EXPECT_TRUE(contains(csp, "img-src 'self' data: https://*.tiles.example.org;")) << csp;
  server.reset();
  start([](Config& c) { c.map_tiles_url = ""; });
  auto page = get("/map");
  csp = page.headers["content-security-policy"];
  EXPECT_TRUE(contains(csp, "img-src 'self' data:;")) << csp;
  EXPECT_TRUE(contains(page.body, "data-tiles=\"\""));
  EXPECT_TRUE(contains(page.body, "data-geojson="));  // the markers are still drawn
}

TEST_F(Map, BadFiltersGetAClearMessage) {
  start();
  auto r = get("/map?sector=mining");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "role=\"alert\""));
  EXPECT_EQ(get("/map?status=finished").status, 422);
  EXPECT_EQ(get("/map?page=0").status, 422);
  auto api = get("/api/v1/projects.geojson?sector=mining");
  EXPECT_EQ(api.status, 422);
  EXPECT_TRUE(contains(api.body, "sector"));
  EXPECT_EQ(get("/api/v1/projects.geojson?territory=nowhere-at-all").status, 422);
}

TEST_F(Map, ArabicPage) {
  start();
  auto& db = server->db();
  auto id = mt::insert_project(db, carrier, tafraout, "خزان ماء تافراوت", 29.72, -8.97, "water",
                               "funding");
  auto page = get("/map", "ar");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "dir=\"rtl\""));
  EXPECT_TRUE(contains(page.body, "خزان ماء تافراوت"));
  auto g = geojson("status=funding");
  EXPECT_FALSE(feature(g, id).is_null());
}

}  // namespace
}  // namespace comdev::testing
