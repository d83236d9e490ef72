#include "features/search/search_store.h"

#include <algorithm>
#include <unordered_map>

namespace comdev::search_feature::search_store {

namespace {

// Ids are read in chunks so a long list never makes an oversized statement.
constexpr std::size_t kChunk = 500;

// " WHERE <column> IN ($1, …, $n)" for one chunk, or "" for every row.
std::string where_in(std::string_view column, std::size_t n) {
  if (n == 0) return "";
  std::string s = " WHERE " + std::string(column) + " IN (";
  for (std::size_t i = 1; i <= n; ++i) {
    if (i > 1) s += ", ";
    s += "$" + std::to_string(i);
  }
  return s + ")";
}

std::vector<store::Value> values(std::span<const std::int64_t> ids) {
  std::vector<store::Value> v;
  v.reserve(ids.size());
  for (auto id : ids) v.emplace_back(id);
  return v;
}

// Runs `sql_of(n)` over every chunk of ids (once, with no ids, when `ids` is empty) and hands
// each row to `on_row`.
template <class SqlOf, class OnRow>
Status each_row(store::Db& db, std::span<const std::int64_t> ids, SqlOf sql_of, OnRow on_row) {
  std::size_t pos = 0;
  do {
    auto chunk = ids.subspan(pos, std::min(kChunk, ids.size() - pos));
    auto rows = db.query(sql_of(chunk.size()), values(chunk));
    if (!rows) return rows.error();
    for (const auto& row : rows->rows) on_row(row);
    pos += chunk.size();
  } while (pos < ids.size());
  return {};
}

}  // namespace

Result<std::vector<ProjectRow>> projects(store::Db& db, std::span<const std::int64_t> ids) {
  std::vector<ProjectRow> out;
  std::unordered_map<std::int64_t, std::size_t> at;
  auto st = each_row(
      db, ids,
      [](std::size_t n) {
        return "SELECT p.id, p.title, p.summary, p.description_md, p.lang, t.name_fr, t.name_ar, "
               "o.name FROM projects p JOIN territories t ON t.id = p.territory_id "
               "JOIN organisations o ON o.id = p.carrier_id" +
               where_in("p.id", n) + " ORDER BY p.id";
      },
      [&](const store::Row& r) {
        at[r.integer(0)] = out.size();
        out.push_back({r.integer(0),
                       r.text(1),
                       r.text(2),
                       r.text(3),
                       r.text(4),
                       r.text(5),
                       r.text(6),
                       r.text(7),
                       {},
                       {}});
      });
  if (!st) return st.error();
  st = each_row(
      db, ids,
      [](std::size_t n) {
        return "SELECT project_id, sector FROM project_sectors" + where_in("project_id", n) +
               " ORDER BY project_id, sector";
      },
      [&](const store::Row& r) {
        if (auto it = at.find(r.integer(0)); it != at.end())
          out[it->second].sectors.push_back(r.text(1));
      });
  if (!st) return st.error();
  st = each_row(
      db, ids,
      [](std::size_t n) {
        return "SELECT project_id, lang, title, summary FROM project_translations" +
               where_in("project_id", n) + " ORDER BY project_id, lang";
      },
      [&](const store::Row& r) {
        if (auto it = at.find(r.integer(0)); it != at.end()) {
          out[it->second].translations.push_back({r.text(1), r.text(2), r.text(3)});
        }
      });
  if (!st) return st.error();
  return out;
}

Result<std::vector<NeedRow>> needs(store::Db& db, std::span<const std::int64_t> ids) {
  std::vector<NeedRow> out;
  std::unordered_map<std::int64_t, std::size_t> at;
  auto st = each_row(
      db, ids,
      [](std::size_t n) {
        return "SELECT n.id, n.title, n.description, n.kind, n.item, p.lang, p.title, t.name_fr, "
               "t.name_ar FROM needs n JOIN projects p ON p.id = n.project_id "
               "JOIN territories t ON t.id = p.territory_id" +
               where_in("n.id", n) + " ORDER BY n.id";
      },
      [&](const store::Row& r) {
        at[r.integer(0)] = out.size();
        out.push_back({r.integer(0),
                       r.text(1),
                       r.text(2),
                       r.text(3),
                       r.text(4),
                       r.text(5),
                       r.text(6),
                       r.text(7),
                       r.text(8),
                       {}});
      });
  if (!st) return st.error();
  st = each_row(
      db, ids,
      [](std::size_t n) {
        return "SELECT ns.need_id, s.name_fr, s.name_ar FROM need_skills ns "
               "JOIN skills s ON s.id = ns.skill_id" +
               where_in("ns.need_id", n) + " ORDER BY ns.need_id, s.id";
      },
      [&](const store::Row& r) {
        if (auto it = at.find(r.integer(0)); it != at.end()) {
          out[it->second].skills.push_back(r.text(1));
          out[it->second].skills.push_back(r.text(2));
        }
      });
  if (!st) return st.error();
  return out;
}

Result<std::vector<OrganisationRow>> organisations(store::Db& db,
                                                   std::span<const std::int64_t> ids) {
  std::vector<OrganisationRow> out;
  auto st = each_row(
      db, ids,
      [](std::size_t n) {
        return "SELECT o.id, o.name, o.description, t.name_fr, t.name_ar FROM organisations o "
               "LEFT JOIN territories t ON t.id = o.territory_id" +
               where_in("o.id", n) + " ORDER BY o.id";
      },
      [&](const store::Row& r) {
        out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4)});
      });
  if (!st) return st.error();
  return out;
}

Result<std::vector<std::int64_t>> need_ids_of_projects(store::Db& db,
                                                       std::span<const std::int64_t> project_ids) {
  std::vector<std::int64_t> out;
  if (project_ids.empty()) return out;
  auto st = each_row(
      db, project_ids,
      [](std::size_t n) {
        return "SELECT id FROM needs" + where_in("project_id", n) + " ORDER BY id";
      },
      [&](const store::Row& r) { out.push_back(r.integer(0)); });
  if (!st) return st.error();
  return out;
}

}  // namespace comdev::search_feature::search_store
