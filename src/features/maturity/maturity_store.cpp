#include "features/maturity/maturity_store.h"

#include "features/maturity/maturity_rules.h"

namespace comdev::maturity::maturity_store {
namespace {

constexpr const char* kItemColumns =
    "SELECT id, community_id, stage, position, label_fr, label_ar, rule FROM maturity_items ";

Item item_of(const store::Row& r) {
  Item i;
  i.id = r.integer(0);
  i.community_id = r.integer(1);
  i.stage = r.text(2);
  i.position = static_cast<int>(r.integer(3));
  i.label_fr = r.text(4);
  i.label_ar = r.text(5);
  i.rule = parse_rule(r.text(6)).value_or(Rule::none);
  return i;
}

Status done(const Result<store::Rows>& r) {
  if (!r) return r.error();
  return {};
}

}  // namespace

Result<std::optional<std::string>> status_of(store::Conn& c, std::int64_t project_id) {
  auto r = c.query("SELECT status FROM projects WHERE id = $1", store::params(project_id));
  if (!r) return r.error();
  if (r->empty()) return std::optional<std::string>{};
  return std::optional<std::string>{r->rows.front().text(0)};
}

Result<std::int64_t> community_of(store::Conn& c, std::int64_t project_id) {
  auto r = c.query(
      "WITH RECURSIVE above(id, parent_id) AS ("
      "  SELECT t.id, t.parent_id FROM territories t JOIN projects p ON p.territory_id = t.id "
      "  WHERE p.id = $1 "
      "  UNION ALL SELECT t.id, t.parent_id FROM territories t JOIN above a ON t.id = a.parent_id"
      ") SELECT ct.community_id FROM community_territories ct JOIN above a ON a.id = "
      "ct.territory_id ORDER BY ct.community_id LIMIT 1",
      store::params(project_id));
  if (!r) return r.error();
  if (!r->empty()) return r->rows.front().integer(0);
  auto first = c.query("SELECT id FROM communities ORDER BY id LIMIT 1", {});
  if (!first) return first.error();
  return first->empty() ? std::int64_t{0} : first->rows.front().integer(0);
}

Result<std::vector<CommunityRef>> communities(store::Conn& c) {
  auto r = c.query("SELECT id, name_fr, name_ar FROM communities ORDER BY id", {});
  if (!r) return r.error();
  std::vector<CommunityRef> out;
  for (const auto& row : r->rows) out.push_back({row.integer(0), row.text(1), row.text(2)});
  return out;
}

Result<std::int64_t> community_by_slug(store::Conn& c, const std::string& slug) {
  auto r = c.query("SELECT id FROM communities WHERE slug = $1", store::params(slug));
  if (!r) return r.error();
  return r->empty() ? std::int64_t{0} : r->rows.front().integer(0);
}

Result<bool> has_items(store::Conn& c, std::int64_t community_id) {
  auto r = c.query("SELECT 1 FROM maturity_items WHERE community_id = $1 LIMIT 1",
                   store::params(community_id));
  if (!r) return r.error();
  return !r->empty();
}

Result<std::vector<Item>> items(store::Conn& c, std::int64_t community_id) {
  auto r =
      c.query(std::string(kItemColumns) + "WHERE community_id = $1 ORDER BY stage, position, id",
              store::params(community_id));
  if (!r) return r.error();
  std::vector<Item> out;
  for (const auto& row : r->rows) out.push_back(item_of(row));
  return out;
}

Result<std::optional<Item>> item(store::Conn& c, std::int64_t item_id) {
  auto r = c.query(std::string(kItemColumns) + "WHERE id = $1", store::params(item_id));
  if (!r) return r.error();
  if (r->empty()) return std::optional<Item>{};
  return std::optional<Item>{item_of(r->rows.front())};
}

Result<std::vector<Tick>> ticks(store::Conn& c, std::int64_t project_id) {
  auto r = c.query(
      "SELECT k.item_id, k.note, COALESCE(m.display_name, ''), k.ticked_at FROM maturity_ticks k "
      "LEFT JOIN members m ON m.id = k.ticked_by WHERE k.project_id = $1 ORDER BY k.item_id",
      store::params(project_id));
  if (!r) return r.error();
  std::vector<Tick> out;
  for (const auto& row : r->rows) {
    out.push_back({row.integer(0), row.text(1), row.text(2), row.text(3)});
  }
  return out;
}

Result<bool> has_need(store::Conn& c, std::int64_t project_id) {
  auto r = c.query("SELECT 1 FROM needs WHERE project_id = $1 LIMIT 1", store::params(project_id));
  if (!r) return r.error();
  return !r->empty();
}

Result<bool> has_document(store::Conn& c, std::int64_t project_id, const std::string& kind) {
  // A document exists only with a version (deleting its last version deletes it).
  auto r = c.query("SELECT 1 FROM documents WHERE project_id = $1 AND kind = $2 LIMIT 1",
                   store::params(project_id, kind));
  if (!r) return r.error();
  return !r->empty();
}

Result<std::int64_t> insert_item(store::Conn& c, std::int64_t community_id, const ItemInput& in,
                                 const std::string& now) {
  auto r = c.query(
      "INSERT INTO maturity_items (community_id, stage, position, label_fr, label_ar, rule, "
      "created_at) VALUES ($1, $2, (SELECT COALESCE(MAX(position), -1) + 1 FROM maturity_items "
      "WHERE community_id = $1 AND stage = $2), $3, $4, $5, $6) RETURNING id",
      store::params(community_id, in.stage, in.label_fr, in.label_ar, std::string(name(in.rule)),
                    now));
  if (!r) return r.error();
  if (r->empty()) return Error::internal("maturity item not inserted");
  return r->rows.front().integer(0);
}

Status update_item(store::Conn& c, std::int64_t item_id, const ItemInput& in) {
  return done(
      c.query("UPDATE maturity_items SET label_fr = $1, label_ar = $2, rule = $3 WHERE id = $4",
              store::params(in.label_fr, in.label_ar, std::string(name(in.rule)), item_id)));
}

Status delete_item(store::Conn& c, std::int64_t item_id) {
  return done(c.query("DELETE FROM maturity_items WHERE id = $1", store::params(item_id)));
}

Status put_tick(store::Conn& c, std::int64_t project_id, std::int64_t item_id,
                const std::string& note, std::int64_t by, const std::string& now) {
  return done(c.query(
      "INSERT INTO maturity_ticks (project_id, item_id, note, ticked_by, ticked_at) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (project_id, item_id) DO UPDATE SET "
      "note = excluded.note, ticked_by = excluded.ticked_by, ticked_at = excluded.ticked_at",
      store::params(project_id, item_id, note, by, now)));
}

Status delete_tick(store::Conn& c, std::int64_t project_id, std::int64_t item_id) {
  return done(c.query("DELETE FROM maturity_ticks WHERE project_id = $1 AND item_id = $2",
                      store::params(project_id, item_id)));
}

}  // namespace comdev::maturity::maturity_store
