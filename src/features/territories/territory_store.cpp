#include "features/territories/territory_store.h"

#include "core/text.h"
#include "core/time.h"

namespace comdev::territories::territory_store {
namespace {

constexpr const char* kSelect =
    "SELECT id, COALESCE(parent_id, 0), kind, COALESCE(commune_kind, ''), slug, name_fr, "
    "name_ar, aliases, lat, lon, position_approximate FROM territories ";

// Parents before children: régions, then provinces, communes, douars.
constexpr const char* kOrder =
    "ORDER BY CASE kind WHEN 'region' THEN 0 WHEN 'province' THEN 1 WHEN 'commune' THEN 2 "
    "ELSE 3 END, name_fr, id";

Territory read(const store::Row& r) {
  Territory t;
  t.id = r.integer(0);
  t.parent_id = r.integer(1);
  t.kind = r.text(2);
  t.commune_kind = r.text(3);
  t.slug = r.text(4);
  t.name_fr = r.text(5);
  t.name_ar = r.text(6);
  t.aliases = r.text(7);
  if (!r.is_null(8)) t.lat = r.real(8);
  if (!r.is_null(9)) t.lon = r.real(9);
  t.position_approximate = r.integer(10) != 0;
  return t;
}

Result<std::optional<Territory>> one(Result<store::Rows> rows) {
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Territory>{};
  return std::optional<Territory>{read(rows->rows.front())};
}

Result<std::optional<std::int64_t>> community_id(store::Conn& c, const std::string& slug) {
  auto rows = c.query("SELECT id FROM communities WHERE slug = $1", store::params(slug));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows->rows.front().integer(0)};
}

}  // namespace

Result<std::vector<Territory>> list(store::Db& db, const std::string& kind) {
  auto rows = db.query(std::string(kSelect) + "WHERE ($1 = '' OR kind = $1) " + kOrder,
                       store::params(kind));
  if (!rows) return rows.error();
  std::vector<Territory> out;
  out.reserve(rows->rows.size());
  for (const auto& r : rows->rows) out.push_back(read(r));
  return out;
}

Result<std::optional<Territory>> find(store::Db& db, std::int64_t id) {
  return one(db.query(std::string(kSelect) + "WHERE id = $1", store::params(id)));
}

Result<std::optional<Territory>> find_by_slug(store::Db& db, const std::string& slug) {
  return one(db.query(std::string(kSelect) + "WHERE slug = $1", store::params(slug)));
}

Result<std::int64_t> id_from_param(store::Db& db, std::string_view id_or_slug) {
  if (auto id = core::parse_id(id_or_slug); id != 0) return id;
  auto t = find_by_slug(db, std::string(id_or_slug));
  if (!t) return t.error();
  return *t ? (*t)->id : 0;
}

Result<std::int64_t> count(store::Db& db) {
  auto rows = db.query("SELECT COUNT(*) FROM territories");
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Result<std::int64_t> upsert(store::Conn& conn, const Territory& t) {
  auto opt_id = [](std::int64_t id) { return id == 0 ? std::nullopt : std::optional(id); };
  auto opt_text = [](const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
  };
  auto rows = conn.query(
      "INSERT INTO territories (parent_id, kind, commune_kind, slug, name_fr, name_ar, aliases, "
      "lat, lon, position_approximate) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
      "ON CONFLICT (slug) DO UPDATE SET parent_id = excluded.parent_id, kind = excluded.kind, "
      "commune_kind = excluded.commune_kind, name_fr = excluded.name_fr, "
      "name_ar = excluded.name_ar, aliases = excluded.aliases, lat = excluded.lat, "
      "lon = excluded.lon, position_approximate = excluded.position_approximate RETURNING id",
      store::params(opt_id(t.parent_id), t.kind, opt_text(t.commune_kind), t.slug, t.name_fr,
                    t.name_ar, t.aliases, t.lat, t.lon, t.position_approximate ? 1 : 0));
  if (!rows) return rows.error();
  if (rows->empty()) return Error::internal("upsert of territory returned no id");
  return rows->rows.front().integer(0);
}

Result<std::optional<std::int64_t>> id_of(store::Conn& conn, const std::string& slug) {
  auto rows = conn.query("SELECT id FROM territories WHERE slug = $1", store::params(slug));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows->rows.front().integer(0)};
}

Result<bool> anchor(store::Conn& conn, const std::string& community_slug,
                    std::int64_t territory_id) {
  auto cid = community_id(conn, community_slug);
  if (!cid) return cid.error();
  if (!*cid) return false;
  auto ins = conn.query(
      "INSERT INTO community_territories (community_id, territory_id) VALUES ($1, $2) "
      "ON CONFLICT (community_id, territory_id) DO NOTHING",
      store::params(**cid, territory_id));
  if (!ins) return ins.error();
  return true;
}

Result<std::vector<Territory>> anchors(store::Db& db, const std::string& community_slug) {
  auto rows = db.query(
      "SELECT t.id, COALESCE(t.parent_id, 0), t.kind, COALESCE(t.commune_kind, ''), t.slug, "
      "t.name_fr, t.name_ar, t.aliases, t.lat, t.lon, t.position_approximate "
      "FROM territories t JOIN community_territories ct ON ct.territory_id = t.id "
      "JOIN communities c ON c.id = ct.community_id WHERE c.slug = $1 ORDER BY t.name_fr",
      store::params(community_slug));
  if (!rows) return rows.error();
  std::vector<Territory> out;
  for (const auto& r : rows->rows) out.push_back(read(r));
  return out;
}

Status join(store::Db& db, const std::string& community_slug, std::int64_t member_id) {
  auto r = db.transaction<int>([&](store::Conn& c) -> Result<int> {
    auto cid = community_id(c, community_slug);
    if (!cid) return cid.error();
    if (!*cid) return Error::not_found();
    auto ins = c.query(
        "INSERT INTO community_members (community_id, member_id, joined_at) VALUES ($1, $2, $3) "
        "ON CONFLICT (community_id, member_id) DO NOTHING",
        store::params(**cid, member_id, core::iso_now()));
    if (!ins) return ins.error();
    return 1;
  });
  if (!r) return r.error();
  return {};
}

Status leave(store::Db& db, const std::string& community_slug, std::int64_t member_id) {
  auto r = db.transaction<int>([&](store::Conn& c) -> Result<int> {
    auto cid = community_id(c, community_slug);
    if (!cid) return cid.error();
    if (!*cid) return Error::not_found();
    auto del = c.query("DELETE FROM community_members WHERE community_id = $1 AND member_id = $2",
                       store::params(**cid, member_id));
    if (!del) return del.error();
    return 1;
  });
  if (!r) return r.error();
  return {};
}

Result<std::vector<Membership>> memberships(store::Db& db, std::int64_t member_id) {
  auto rows = db.query(
      "SELECT c.id, c.slug, cm.joined_at FROM community_members cm "
      "JOIN communities c ON c.id = cm.community_id WHERE cm.member_id = $1 ORDER BY c.id",
      store::params(member_id));
  if (!rows) return rows.error();
  std::vector<Membership> out;
  for (const auto& r : rows->rows) out.push_back({r.integer(0), r.text(1), r.text(2)});
  return out;
}

}  // namespace comdev::territories::territory_store
