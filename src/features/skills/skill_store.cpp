#include "features/skills/skill_store.h"

#include <map>

#include "core/time.h"
#include "features/changes/change_log_store.h"
#include "features/skills/skill_rules.h"

namespace comdev::skills::skill_store {
namespace {

constexpr std::string_view kSelect =
    "SELECT id, slug, parent_id, position, name_fr, name_ar, name_en, edited_at FROM skills";

Skill from_row(const store::Row& r) {
  Skill s;
  s.id = r.integer(0);
  s.slug = r.text(1);
  s.parent_id = r.is_null(2) ? 0 : r.integer(2);
  s.position = static_cast<int>(r.integer(3));
  s.labels = {r.text(4), r.text(5), r.text(6)};
  s.edited_at = r.text(7);
  return s;
}

Status load_synonyms(store::Conn& c, std::vector<Skill>& skills, std::optional<std::int64_t> id) {
  std::map<std::int64_t, Skill*> by_id;
  for (auto& s : skills) by_id[s.id] = &s;
  auto r = id ? c.query(
                    "SELECT skill_id, lang, synonym FROM skill_synonyms WHERE skill_id = $1 "
                    "ORDER BY skill_id, lang, position, synonym",
                    store::params(*id))
              : c.query(
                    "SELECT skill_id, lang, synonym FROM skill_synonyms "
                    "ORDER BY skill_id, lang, position, synonym");
  if (!r) return r.error();
  for (const auto& row : r->rows) {
    auto it = by_id.find(row.integer(0));
    if (it != by_id.end()) synonyms_in(it->second->synonyms, row.text(1)).push_back(row.text(2));
  }
  return {};
}

// 0 means none: no parent (a domain), or no member (the shell, as in the audit log).
std::optional<std::int64_t> id_or_null(std::int64_t id) {
  return id == 0 ? std::nullopt : std::optional<std::int64_t>(id);
}

Status replace_synonyms(store::Conn& c, std::int64_t id, const Synonyms& s) {
  auto del = c.query("DELETE FROM skill_synonyms WHERE skill_id = $1", store::params(id));
  if (!del) return del.error();
  for (auto lang : kLangs) {
    const auto& list = synonyms_in(s, lang);
    for (std::size_t i = 0; i < list.size(); ++i) {
      auto ins = c.query(
          "INSERT INTO skill_synonyms (skill_id, lang, synonym, position) VALUES ($1, $2, $3, $4) "
          "ON CONFLICT (skill_id, lang, synonym) DO NOTHING",
          store::params(id, lang, list[i], static_cast<std::int64_t>(i)));
      if (!ins) return ins.error();
    }
  }
  return {};
}

}  // namespace

Result<std::vector<Skill>> all(store::Conn& c) {
  auto r = c.query(std::string(kSelect) + " ORDER BY position, slug");
  if (!r) return r.error();
  std::vector<Skill> out;
  out.reserve(r->rows.size());
  for (const auto& row : r->rows) out.push_back(from_row(row));
  if (auto st = load_synonyms(c, out, std::nullopt); !st) return st.error();
  return out;
}

Result<std::vector<Skill>> all(store::Db& db) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  return all(**lease);
}

Result<std::optional<Skill>> find(store::Db& db, std::int64_t id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  store::Conn& c = **lease;
  auto r = c.query(std::string(kSelect) + " WHERE id = $1", store::params(id));
  if (!r) return r.error();
  if (r->empty()) return std::optional<Skill>{};
  std::vector<Skill> one{from_row(r->rows[0])};
  if (auto st = load_synonyms(c, one, id); !st) return st.error();
  return std::optional<Skill>(std::move(one[0]));
}

Result<int> sync(store::Db& db, const std::vector<Entry>& file) {
  return db.transaction<int>([&](store::Conn& c) -> Result<int> {
    auto rows = all(c);
    if (!rows) return rows.error();
    auto steps = plan_sync(file, *rows);
    if (steps.empty()) return 0;
    std::map<std::string, std::int64_t> ids;
    for (const auto& r : *rows) ids[r.slug] = r.id;
    // Every new row first, so that a skill's parent has an id whatever the order.
    for (const auto& step : steps) {
      if (!step.insert) continue;
      const Entry& e = file[step.entry];
      // Another instance starting at the same time may insert it first: then take its id.
      auto ins = c.query(
          "INSERT INTO skills (slug, name_fr, name_ar, name_en, position) "
          "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (slug) DO NOTHING",
          store::params(e.slug, e.labels.fr, e.labels.ar, e.labels.en,
                        static_cast<std::int64_t>(step.entry)));
      if (!ins) return ins.error();
      auto id = c.query("SELECT id FROM skills WHERE slug = $1", store::params(e.slug));
      if (!id) return id.error();
      if (id->empty()) return Error::internal("skill " + e.slug + " vanished after its insert");
      ids[e.slug] = id->rows[0].integer(0);
    }
    int touched = 0;
    for (const auto& step : steps) {
      const Entry& e = file[step.entry];
      std::int64_t id = ids[e.slug];
      std::optional<std::int64_t> parent;
      if (!e.parent.empty()) parent = ids.at(e.parent);
      auto up = c.query(
          "UPDATE skills SET name_fr = $1, name_ar = $2, name_en = $3, parent_id = $4, "
          "position = $5 WHERE id = $6 AND edited_at IS NULL",
          store::params(e.labels.fr, e.labels.ar, e.labels.en, parent,
                        static_cast<std::int64_t>(step.entry), id));
      if (!up) return up.error();
      if (up->affected == 0) continue;  // edited by an administrator meanwhile
      if (auto st = replace_synonyms(c, id, e.synonyms); !st) return st.error();
      if (auto st = changes::change_log_store::record(c, changes::kSkill, id); !st) {
        return st.error();
      }
      ++touched;
    }
    return touched;
  });
}

Result<std::optional<std::int64_t>> create(store::Conn& c, const std::string& slug, const Edit& e,
                                           std::int64_t member_id) {
  auto last = c.query("SELECT COALESCE(MAX(position), -1) FROM skills");
  if (!last) return last.error();
  std::int64_t position = last->rows[0].integer(0) + 1;
  auto ins = c.query(
      "INSERT INTO skills (slug, name_fr, name_ar, name_en, parent_id, position, edited_at, "
      "edited_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (slug) DO NOTHING "
      "RETURNING id",
      store::params(slug, e.labels.fr, e.labels.ar, e.labels.en, id_or_null(e.parent_id), position,
                    core::iso_now(), id_or_null(member_id)));
  if (!ins) return ins.error();
  if (ins->empty()) return std::optional<std::int64_t>{};
  std::int64_t id = ins->rows[0].integer(0);
  if (auto st = replace_synonyms(c, id, e.synonyms); !st) return st.error();
  return std::optional<std::int64_t>(id);
}

Status update(store::Conn& c, std::int64_t id, const Edit& e, std::int64_t member_id) {
  auto up = c.query(
      "UPDATE skills SET name_fr = $1, name_ar = $2, name_en = $3, parent_id = $4, "
      "edited_at = $5, edited_by = $6 WHERE id = $7",
      store::params(e.labels.fr, e.labels.ar, e.labels.en, id_or_null(e.parent_id), core::iso_now(),
                    id_or_null(member_id), id));
  if (!up) return up.error();
  if (up->affected == 0) return Error::not_found();
  return replace_synonyms(c, id, e.synonyms);
}

Result<std::int64_t> child_count(store::Conn& c, std::int64_t id) {
  auto r = c.query("SELECT COUNT(*) FROM skills WHERE parent_id = $1", store::params(id));
  if (!r) return r.error();
  return r->rows[0].integer(0);
}

}  // namespace comdev::skills::skill_store
