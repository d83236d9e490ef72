#include "features/needslist/needslist_store.h"

#include <unordered_map>

namespace comdev::needslist::needslist_store {
namespace {

// At most this many ids per IN (...) list: far below both drivers' parameter limits.
constexpr std::size_t kChunk = 500;

constexpr std::string_view kSelect =
    "SELECT n.id, n.project_id, n.created_at, n.status, n.kind, n.title, p.title, "
    "p.territory_id, n.mode, n.period_start, n.period_end, n.effort_days, n.amount_minor, "
    "n.currency, n.item, n.quantity FROM needs n JOIN projects p ON p.id = n.project_id ";

std::optional<std::int64_t> opt_int(const store::Row& r, std::size_t i) {
  if (r.is_null(i)) return std::nullopt;
  return r.integer(i);
}

NeedEntry entry_of(const store::Row& r) {
  NeedEntry e;
  e.id = r.integer(0);
  e.project_id = r.integer(1);
  e.created_at = r.text(2);
  e.open = r.text(3) == "open";
  e.kind = r.text(4);
  e.title = r.text(5);
  e.project_title = r.text(6);
  e.territory_id = r.integer(7);
  e.mode = r.text(8);
  e.period_start = r.text(9);
  e.period_end = r.text(10);
  e.effort_days = opt_int(r, 11);
  e.amount_minor = opt_int(r, 12);
  e.currency = r.text(13);
  e.item = r.text(14);
  e.quantity = opt_int(r, 15);
  return e;
}

std::string placeholders(std::size_t n) {
  std::string s;
  for (std::size_t i = 1; i <= n; ++i) s += (i > 1 ? ",$" : "$") + std::to_string(i);
  return s;
}

std::vector<store::Value> values(std::span<const std::int64_t> ids) {
  return {ids.begin(), ids.end()};
}

// Fills sectors (by project) and skills (by need) of `entries` from rows (key, value).
void add_sectors(std::vector<NeedEntry>& entries, const store::Rows& rows) {
  std::unordered_map<std::int64_t, std::vector<std::string>> by_project;
  for (const auto& r : rows.rows) by_project[r.integer(0)].push_back(r.text(1));
  for (auto& e : entries) {
    auto it = by_project.find(e.project_id);
    if (it != by_project.end()) e.sectors = it->second;
  }
}
void add_skills(std::vector<NeedEntry>& entries, const store::Rows& rows) {
  std::unordered_map<std::int64_t, std::vector<std::int64_t>> by_need;
  for (const auto& r : rows.rows) by_need[r.integer(0)].push_back(r.integer(1));
  for (auto& e : entries) {
    auto it = by_need.find(e.id);
    if (it != by_need.end()) e.skill_ids = it->second;
  }
}

// The needs selected by `where` over chunks of `ids`, with their sectors and skills.
Result<std::vector<NeedEntry>> by_chunks(store::Db& db, std::span<const std::int64_t> ids,
                                         std::string_view where) {
  std::vector<NeedEntry> out;
  auto lease = db.acquire();
  if (!lease) return lease.error();
  for (std::size_t at = 0; at < ids.size(); at += kChunk) {
    auto part = ids.subspan(at, std::min(kChunk, ids.size() - at));
    auto ps = values(part);
    auto list = placeholders(part.size());
    auto rows =
        (*lease)->query(std::string(kSelect) + std::string(where) + " IN (" + list + ")", ps);
    if (!rows) return rows.error();
    std::vector<NeedEntry> got;
    std::vector<std::int64_t> projects, needs;
    for (const auto& r : rows->rows) {
      got.push_back(entry_of(r));
      projects.push_back(got.back().project_id);
      needs.push_back(got.back().id);
    }
    if (got.empty()) continue;
    for (std::size_t i = 0; i < projects.size(); i += kChunk) {
      auto pp = values(std::span(projects).subspan(i, std::min(kChunk, projects.size() - i)));
      auto sectors =
          (*lease)->query("SELECT project_id, sector FROM project_sectors WHERE project_id IN (" +
                              placeholders(pp.size()) + ")",
                          pp);
      if (!sectors) return sectors.error();
      auto np = values(std::span(needs).subspan(i, std::min(kChunk, needs.size() - i)));
      auto skills = (*lease)->query("SELECT need_id, skill_id FROM need_skills WHERE need_id IN (" +
                                        placeholders(np.size()) + ")",
                                    np);
      if (!skills) return skills.error();
      add_sectors(got, *sectors);
      add_skills(got, *skills);
    }
    for (auto& e : got) out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

Result<std::vector<Place>> places(store::Db& db) {
  auto rows = db.query("SELECT id, parent_id, kind, slug, name_fr, name_ar FROM territories");
  if (!rows) return rows.error();
  std::vector<Place> out;
  for (const auto& r : rows->rows)
    out.push_back({r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4), r.text(5)});
  return out;
}

Result<std::vector<SkillName>> skills(store::Db& db) {
  auto rows = db.query("SELECT id, slug, name_fr, name_ar, name_en FROM skills");
  if (!rows) return rows.error();
  std::vector<SkillName> out;
  for (const auto& r : rows->rows)
    out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4)});
  return out;
}

Result<std::vector<NeedEntry>> open_needs(store::Db& db) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto rows = (*lease)->query(std::string(kSelect) + "WHERE n.status = 'open'");
  if (!rows) return rows.error();
  std::vector<NeedEntry> out;
  out.reserve(rows->rows.size());
  for (const auto& r : rows->rows) out.push_back(entry_of(r));
  auto sectors = (*lease)->query("SELECT project_id, sector FROM project_sectors");
  if (!sectors) return sectors.error();
  auto skills = (*lease)->query(
      "SELECT s.need_id, s.skill_id FROM need_skills s JOIN needs n ON n.id = s.need_id "
      "WHERE n.status = 'open'");
  if (!skills) return skills.error();
  add_sectors(out, *sectors);
  add_skills(out, *skills);
  return out;
}

Result<std::vector<NeedEntry>> needs_by_ids(store::Db& db, std::span<const std::int64_t> ids) {
  return by_chunks(db, ids, "WHERE n.id");
}

Result<std::vector<NeedEntry>> needs_of_projects(store::Db& db,
                                                 std::span<const std::int64_t> project_ids) {
  return by_chunks(db, project_ids, "WHERE n.project_id");
}

}  // namespace comdev::needslist::needslist_store
