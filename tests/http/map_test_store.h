// Fixtures of the map HTTP tests: a project with a point, a sector and a status, written
// straight into the database (the map only reads projects).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/time.h"
#include "store/db.h"

namespace comdev::testing::map_test_store {

inline std::int64_t insert_project(store::Db& db, std::int64_t carrier_id,
                                   std::int64_t territory_id, const std::string& title,
                                   std::optional<double> lat, std::optional<double> lon,
                                   const std::string& sector, const std::string& status) {
  auto id = db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto now = core::iso_now();
    auto r = c.query(
        "INSERT INTO projects (title, status, carrier_id, territory_id, lat, lon, created_at, "
        "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        store::params(title, status, carrier_id, territory_id, lat, lon, now));
    if (!r) return r.error();
    auto id = r->rows.front().integer(0);
    auto s = c.query("INSERT INTO project_sectors (project_id, sector) VALUES ($1, $2)",
                     store::params(id, sector));
    if (!s) return s.error();
    return id;
  });
  return id.ok() ? *id : 0;
}

}  // namespace comdev::testing::map_test_store
