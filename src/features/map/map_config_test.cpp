// COMDEV_MAP_TILES: a tile URL template or empty (no tiles), and the host the CSP allows.
#include <gtest/gtest.h>

#include <map>

#include "core/config.h"
#include "core/testing/env_of.h"

namespace comdev {
namespace {

using comdev::testing::env_of;

TEST(MapConfig, DefaultIsOpenStreetMap) {
  auto c = load_config(env_of({}), {});
  ASSERT_TRUE(c);
  EXPECT_EQ(c->map_tiles_url, "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
  EXPECT_EQ(map_tiles_origin(*c), "https://tile.openstreetmap.org");
}

TEST(MapConfig, ConfiguredEmptyOrRefused) {
  auto c = load_config(
      env_of({{"COMDEV_MAP_TILES", "https://{s}.tiles.example.org:8443/t/{z}/{x}/{y}.png"}}), {});
  ASSERT_TRUE(c);
  EXPECT_EQ(map_tiles_origin(*c), "https://*.tiles.example.org:8443");
  auto none = load_config(env_of({{"COMDEV_MAP_TILES", ""}}), {});
  ASSERT_TRUE(none);
  EXPECT_EQ(none->map_tiles_url, "");
  EXPECT_EQ(map_tiles_origin(*none), "");
  auto flag = load_config(env_of({}), {"--map-tiles", "http://127.0.0.1:8081/{z}/{x}/{y}.png"});
  ASSERT_TRUE(flag);
  EXPECT_EQ(map_tiles_origin(*flag), "http://127.0.0.1:8081");
  for (const char* bad : {"ftp://x/{z}/{x}/{y}", "https://x/tiles.png", "javascript:alert(1)",
                          "https://x/{z}/{x}/{y}.png; script-src *", "https://x/{z}/{x}/{y}'"}) {
    EXPECT_FALSE(load_config(env_of({{"COMDEV_MAP_TILES", bad}}), {})) << bad;
  }
}

}  // namespace
}  // namespace comdev
