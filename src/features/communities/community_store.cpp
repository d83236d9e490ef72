#include "features/communities/community_store.h"

#include "core/time.h"

namespace comdev::communities::community_store {

Result<std::vector<Community>> list(store::Db& db) {
  auto rows = db.query(
      "SELECT id, slug, name_fr, name_ar, name_en, territory_fr, territory_ar, territory_en, "
      "description_fr, description_ar, description_en, is_demo FROM communities ORDER BY id");
  if (!rows) return rows.error();
  std::vector<Community> out;
  out.reserve(rows->rows.size());
  for (const auto& r : rows->rows) {
    out.push_back(Community{r.integer(0),
                            r.text(1),
                            {r.text(2), r.text(3), r.text(4)},
                            {r.text(5), r.text(6), r.text(7)},
                            {r.text(8), r.text(9), r.text(10)},
                            r.integer(11) != 0});
  }
  return out;
}

Result<std::int64_t> count(store::Db& db) {
  auto rows = db.query("SELECT COUNT(*) FROM communities");
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Result<std::int64_t> upsert(store::Conn& conn, const Community& c) {
  auto rows = conn.query(
      "INSERT INTO communities (slug, name_fr, name_ar, name_en, territory_fr, territory_ar, "
      "territory_en, description_fr, description_ar, description_en, is_demo, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
      "ON CONFLICT (slug) DO UPDATE SET name_fr = excluded.name_fr, name_ar = excluded.name_ar, "
      "name_en = excluded.name_en, territory_fr = excluded.territory_fr, "
      "territory_ar = excluded.territory_ar, territory_en = excluded.territory_en, "
      "description_fr = excluded.description_fr, description_ar = excluded.description_ar, "
      "description_en = excluded.description_en, is_demo = excluded.is_demo "
      "RETURNING id",
      store::params(c.slug, c.name.fr, c.name.ar, c.name.en, c.territory.fr, c.territory.ar,
                    c.territory.en, c.description.fr, c.description.ar, c.description.en,
                    c.demo ? 1 : 0, core::iso_now()));
  if (!rows) return rows.error();
  if (rows->empty()) return Error::internal("upsert of community returned no id");
  return rows->rows.front().integer(0);
}

}  // namespace comdev::communities::community_store
