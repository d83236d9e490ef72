#include "features/map/map_store.h"

namespace comdev::map::map_store {

namespace {

// $1 sector, $2 status, $3 territory (0: any; else it and every place below it).
constexpr const char* kFrom =
    "WITH RECURSIVE below(id) AS (SELECT id FROM territories WHERE id = $3 "
    "UNION SELECT t.id FROM territories t JOIN below b ON t.parent_id = b.id) "
    "SELECT p.id, p.title, p.status, t.name_fr, t.name_ar, p.lat, p.lon, t.lat, t.lon "
    "FROM projects p JOIN territories t ON t.id = p.territory_id "
    "WHERE ($1 = '' OR EXISTS (SELECT 1 FROM project_sectors s WHERE s.project_id = p.id "
    "AND s.sector = $1)) AND ($2 = '' OR p.status = $2) "
    "AND ($3 = 0 OR p.territory_id IN (SELECT id FROM below)) ";

std::string count_sql() {
  return "SELECT COUNT(*) FROM (" + std::string(kFrom) + ") AS matching";
}

}  // namespace

Result<std::vector<MapProject>> projects(store::Db& db, const Filter& f) {
  auto rows =
      db.query(std::string(kFrom) + "ORDER BY p.created_at DESC, p.id DESC LIMIT $4 OFFSET $5",
               store::params(f.sector, f.status, f.territory_id, f.limit, f.offset));
  if (!rows) return rows.error();
  std::vector<MapProject> out;
  out.reserve(rows->rows.size());
  for (const auto& r : rows->rows) {
    MapProject p;
    p.id = r.integer(0);
    p.title = r.text(1);
    p.status = r.text(2);
    p.place_fr = r.text(3);
    p.place_ar = r.text(4);
    if (!r.is_null(5) && !r.is_null(6)) {
      p.has_point = true;
      p.lat = r.real(5);
      p.lon = r.real(6);
    } else if (!r.is_null(7) && !r.is_null(8)) {
      p.has_point = true;
      p.approximate = true;
      p.lat = r.real(7);
      p.lon = r.real(8);
    }
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::int64_t> count(store::Db& db, const Filter& f) {
  auto rows = db.query(count_sql(), store::params(f.sector, f.status, f.territory_id));
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

}  // namespace comdev::map::map_store
