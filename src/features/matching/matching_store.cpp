#include "features/matching/matching_store.h"

#include <algorithm>
#include <map>

#include "features/matching/matching_rules.h"

namespace comdev::matching {

match::Place Lookup::place(std::int64_t territory_id) const {
  auto it = places.find(territory_id);
  return it == places.end() ? match::Place{} : it->second;
}

namespace matching_store {
namespace {

// Members per range of the bulk load, and ids per IN (...) list (far below both drivers'
// parameter limits).
constexpr std::int64_t kRange = 20000;
constexpr std::size_t kChunk = 500;

std::string placeholders(std::size_t n, std::size_t first = 1) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += (i > 0 ? ",$" : "$") + std::to_string(first + i);
  return s;
}

// Which members a statement reads: an id range [$1, $2) or a list of ids ($1…$n). The column
// differs per table, so the condition is made per statement.
struct Members {
  bool range = true;
  std::vector<store::Value> params;
  std::size_t count = 0;
  std::string on(std::string_view column) const {
    std::string c(column);
    if (range) return c + " >= $1 AND " + c + " < $2";
    return c + " IN (" + placeholders(count) + ")";
  }
};

// Reads the experts among `who` into `out` (keyed by member id, so in id order).
Status read_experts(store::Conn& c, const Lookup& lookup, const std::string& recent_since,
                    const Members& who, std::map<std::int64_t, match::Expert>& out) {
  auto skills = c.query("SELECT member_id, skill_id, level FROM member_skills WHERE " +
                            who.on("member_id") + " ORDER BY member_id",
                        who.params);
  if (!skills) return skills.error();
  for (const auto& r : skills->rows) {
    auto skill = lookup.skills.find(r.integer(1));
    auto level = level_of(r.text(2));
    if (skill == lookup.skills.end() || !level) continue;
    auto& e = out[r.integer(0)];
    e.member_id = r.integer(0);
    e.skills.push_back({skill->second, *level});
  }
  if (out.empty()) return {};
  auto members = c.query(
      "SELECT m.id, m.deleted_at, m.anonymised_at, p.remote_hours_per_month, "
      "p.open_to_invitations, p.member_id FROM members m LEFT JOIN profiles p ON p.member_id = "
      "m.id WHERE " +
          who.on("m.id"),
      who.params);
  if (!members) return members.error();
  std::unordered_set<std::int64_t> seen;
  for (const auto& r : members->rows) {
    auto it = out.find(r.integer(0));
    if (it == out.end()) continue;
    // A deleted or anonymised account leaves the pool altogether.
    if (!r.is_null(1) || !r.is_null(2)) continue;
    seen.insert(r.integer(0));
    auto& e = it->second;
    bool has_profile = !r.is_null(5);
    e.remote_hours_per_month = int(r.integer(3));
    // No profile row yet: invitations are on by default (migration 0013).
    e.available = !has_profile || r.integer(4) != 0;
  }
  for (auto it = out.begin(); it != out.end();)
    it = seen.contains(it->first) ? ++it : out.erase(it);

  auto languages = c.query(
      "SELECT member_id, code FROM profile_languages WHERE " + who.on("member_id"), who.params);
  if (!languages) return languages.error();
  for (const auto& r : languages->rows) {
    auto it = out.find(r.integer(0));
    if (it != out.end()) it->second.languages |= language_bit(r.text(1));
  }
  auto windows = c.query(
      "SELECT member_id, territory_id, starts_on, ends_on FROM availability_windows WHERE " +
          who.on("member_id"),
      who.params);
  if (!windows) return windows.error();
  for (const auto& r : windows->rows) {
    auto it = out.find(r.integer(0));
    if (it == out.end()) continue;
    match::Window w{day_of(r.text(2)), day_of(r.text(3)), lookup.place(r.integer(1))};
    if (w.from != 0 && w.to >= w.from) it->second.windows.push_back(w);
  }
  auto attachments = c.query(
      "SELECT member_id, territory_id FROM profile_attachments WHERE " + who.on("member_id"),
      who.params);
  if (!attachments) return attachments.error();
  for (const auto& r : attachments->rows) {
    auto it = out.find(r.integer(0));
    if (it == out.end()) continue;
    auto p = lookup.place(r.integer(1));
    if (p.commune != 0 || p.province != 0 || p.region != 0) it->second.attachments.push_back(p);
  }
  // Received: invitations that were answered or ran out (an open one is not yet a test of
  // responsiveness; a withdrawn one never was).
  auto params = who.params;
  params.push_back(recent_since);
  auto history = c.query(
      "SELECT expert_id, "
      "SUM(CASE WHEN status IN ('offered', 'declined', 'expired') THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN status IN ('offered', 'declined') THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN status = 'open' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN created_at >= $" +
          std::to_string(params.size()) + " THEN 1 ELSE 0 END) FROM need_invitations WHERE " +
          who.on("expert_id") + " GROUP BY expert_id",
      params);
  if (!history) return history.error();
  for (const auto& r : history->rows) {
    auto it = out.find(r.integer(0));
    if (it == out.end()) continue;
    it->second.invitations_received = int(r.integer(1));
    it->second.invitations_answered = int(r.integer(2));
    it->second.open_invitations = int(r.integer(3));
    it->second.recent_invitations = int(r.integer(4));
  }
  return {};
}

constexpr std::string_view kNeedSelect =
    "SELECT n.id, n.project_id, n.kind, n.status, n.mode, n.period_start, n.period_end, "
    "p.territory_id FROM needs n JOIN projects p ON p.id = n.project_id ";

// One row of kNeedSelect, without its skills and languages.
NeedRow need_row(const store::Row& r, const Lookup& lookup) {
  NeedRow n;
  n.need.need_id = r.integer(0);
  n.project_id = r.integer(1);
  n.open_skill = r.text(2) == "skill" && (r.text(3) == "open" || r.text(3) == "discussion");
  n.need.mode = mode_of(r.text(4));
  n.need.from = day_of(r.text(5));
  n.need.to = day_of(r.text(6));
  n.need.place = lookup.place(r.integer(7));
  return n;
}

// Reads needs selected by `where` (with `params`), then their skills and languages.
Result<std::vector<NeedRow>> read_needs(store::Conn& c, const Lookup& lookup,
                                        const std::string& where,
                                        std::span<const store::Value> params) {
  auto rows = c.query(std::string(kNeedSelect) + where, params);
  if (!rows) return rows.error();
  std::vector<NeedRow> out;
  out.reserve(rows->rows.size());
  std::unordered_map<std::int64_t, std::size_t> at;
  for (const auto& r : rows->rows) {
    NeedRow n = need_row(r, lookup);
    at.emplace(n.need.need_id, out.size());
    out.push_back(std::move(n));
  }
  std::vector<std::int64_t> ids;
  for (const auto& n : out)
    if (n.open_skill) ids.push_back(n.need.need_id);
  for (std::size_t i = 0; i < ids.size(); i += kChunk) {
    std::vector<store::Value> ps(ids.begin() + i, ids.begin() + std::min(ids.size(), i + kChunk));
    auto in = " IN (" + placeholders(ps.size()) + ")";
    auto skills =
        c.query("SELECT need_id, skill_id, level FROM need_skills WHERE need_id" + in, ps);
    if (!skills) return skills.error();
    for (const auto& r : skills->rows) {
      auto skill = lookup.skills.find(r.integer(1));
      auto level = level_of(r.text(2));
      if (skill == lookup.skills.end() || !level) continue;
      out[at.at(r.integer(0))].need.skills.push_back({skill->second, *level});
    }
    auto langs = c.query("SELECT need_id, code FROM need_languages WHERE need_id" + in, ps);
    if (!langs) return langs.error();
    for (const auto& r : langs->rows)
      out[at.at(r.integer(0))].need.languages |= language_bit(r.text(1));
  }
  return out;
}

Result<std::vector<NeedRow>> needs_where(store::Db& db, const Lookup& lookup,
                                         std::span<const std::int64_t> ids,
                                         std::string_view column) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  std::vector<NeedRow> out;
  for (std::size_t i = 0; i < ids.size(); i += kChunk) {
    std::vector<store::Value> ps(ids.begin() + i, ids.begin() + std::min(ids.size(), i + kChunk));
    auto got =
        read_needs(**lease, lookup,
                   "WHERE " + std::string(column) + " IN (" + placeholders(ps.size()) + ")", ps);
    if (!got) return got.error();
    for (auto& n : *got) out.push_back(std::move(n));
  }
  return out;
}

}  // namespace

Result<std::vector<SkillNode>> skill_tree(store::Db& db) {
  auto rows = db.query(
      "SELECT s.id, s.slug, p.slug FROM skills s LEFT JOIN skills p ON p.id = s.parent_id "
      "ORDER BY s.id");
  if (!rows) return rows.error();
  std::vector<SkillNode> out;
  out.reserve(rows->rows.size());
  for (const auto& r : rows->rows) out.push_back({r.integer(0), r.text(1), r.text(2)});
  return out;
}

Result<std::vector<Territory>> territories(store::Db& db) {
  auto rows = db.query("SELECT id, parent_id, kind, name_fr, name_ar FROM territories");
  if (!rows) return rows.error();
  std::vector<Territory> out;
  out.reserve(rows->rows.size());
  for (const auto& r : rows->rows)
    out.push_back({r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4)});
  return out;
}

Result<std::vector<Territory>> territories_if_newer(store::Db& db, std::int64_t known_max) {
  auto rows = db.query("SELECT MAX(id) FROM territories");
  if (!rows) return rows.error();
  if (rows->empty() || rows->rows.front().integer(0) <= known_max) return std::vector<Territory>{};
  return territories(db);
}

Status for_each_expert(store::Db& db, const Lookup& lookup, const std::string& recent_since,
                       const std::function<void(match::Expert&&)>& each) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto bounds = (*lease)->query("SELECT MIN(member_id), MAX(member_id) FROM member_skills");
  if (!bounds) return bounds.error();
  if (bounds->empty() || bounds->rows.front().is_null(0)) return {};
  std::int64_t lo = bounds->rows.front().integer(0), hi = bounds->rows.front().integer(1);
  for (std::int64_t from = lo; from <= hi; from += kRange) {
    Members who;
    who.params = store::params(from, from + kRange);
    std::map<std::int64_t, match::Expert> got;
    if (auto st = read_experts(**lease, lookup, recent_since, who, got); !st) return st;
    for (auto& [id, e] : got) each(std::move(e));
  }
  return {};
}

Result<std::vector<match::Expert>> experts_by_ids(store::Db& db, const Lookup& lookup,
                                                  const std::string& recent_since,
                                                  std::span<const std::int64_t> ids) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  std::vector<match::Expert> out;
  for (std::size_t i = 0; i < ids.size(); i += kChunk) {
    Members who;
    who.range = false;
    who.params.assign(ids.begin() + i, ids.begin() + std::min(ids.size(), i + kChunk));
    who.count = who.params.size();
    std::map<std::int64_t, match::Expert> got;
    if (auto st = read_experts(**lease, lookup, recent_since, who, got); !st) return st.error();
    for (auto& [id, e] : got) out.push_back(std::move(e));
  }
  return out;
}

Result<std::vector<NeedRow>> open_needs(store::Db& db, const Lookup& lookup) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto& c = **lease;
  auto rows = c.query(std::string(kNeedSelect) +
                      "WHERE n.kind = 'skill' AND n.status IN ('open', 'discussion')");
  if (!rows) return rows.error();
  std::vector<NeedRow> out;
  out.reserve(rows->rows.size());
  std::unordered_map<std::int64_t, std::size_t> at;
  for (const auto& r : rows->rows) {
    NeedRow n = need_row(r, lookup);
    at.emplace(n.need.need_id, out.size());
    out.push_back(std::move(n));
  }
  // Two joins instead of thousands of IN lists: the open skill needs' skills and languages.
  auto skills = c.query(
      "SELECT s.need_id, s.skill_id, s.level FROM need_skills s JOIN needs n ON n.id = s.need_id "
      "WHERE n.kind = 'skill' AND n.status IN ('open', 'discussion')");
  if (!skills) return skills.error();
  for (const auto& r : skills->rows) {
    auto it = at.find(r.integer(0));
    auto skill = lookup.skills.find(r.integer(1));
    auto level = level_of(r.text(2));
    if (it == at.end() || skill == lookup.skills.end() || !level) continue;
    out[it->second].need.skills.push_back({skill->second, *level});
  }
  auto langs = c.query(
      "SELECT l.need_id, l.code FROM need_languages l JOIN needs n ON n.id = l.need_id "
      "WHERE n.kind = 'skill' AND n.status IN ('open', 'discussion')");
  if (!langs) return langs.error();
  for (const auto& r : langs->rows) {
    auto it = at.find(r.integer(0));
    if (it != at.end()) out[it->second].need.languages |= language_bit(r.text(1));
  }
  return out;
}

Result<std::vector<NeedRow>> needs_by_ids(store::Db& db, const Lookup& lookup,
                                          std::span<const std::int64_t> ids) {
  return needs_where(db, lookup, ids, "n.id");
}

Result<std::vector<NeedRow>> needs_of_projects(store::Db& db, const Lookup& lookup,
                                               std::span<const std::int64_t> project_ids) {
  return needs_where(db, lookup, project_ids, "n.project_id");
}

Result<std::optional<NeedFacts>> need_facts(store::Db& db, std::int64_t need_id) {
  auto rows = db.query(
      "SELECT n.id, n.kind, n.status, p.carrier_id FROM needs n JOIN projects p ON p.id = "
      "n.project_id WHERE n.id = $1",
      store::params(need_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<NeedFacts>{};
  const auto& r = rows->rows.front();
  return std::optional<NeedFacts>{NeedFacts{r.integer(0), r.text(1), r.text(2), r.integer(3)}};
}

Result<std::unordered_set<std::int64_t>> excluded_for_need(store::Db& db, std::int64_t need_id,
                                                           std::int64_t carrier_id) {
  auto rows = db.query(
      "SELECT expert_id FROM need_invitations WHERE need_id = $1 "
      "UNION SELECT expert_id FROM need_offers WHERE need_id = $1 "
      "UNION SELECT member_id FROM organisation_members WHERE organisation_id = $2 "
      "AND role = 'representative' AND status = 'verified'",
      store::params(need_id, carrier_id));
  if (!rows) return rows.error();
  std::unordered_set<std::int64_t> out;
  for (const auto& r : rows->rows) out.insert(r.integer(0));
  return out;
}

Result<std::unordered_map<std::int64_t, MemberCard>> member_cards(
    store::Db& db, std::span<const std::int64_t> ids) {
  std::unordered_map<std::int64_t, MemberCard> out;
  auto lease = db.acquire();
  if (!lease) return lease.error();
  for (std::size_t i = 0; i < ids.size(); i += kChunk) {
    std::vector<store::Value> ps(ids.begin() + i, ids.begin() + std::min(ids.size(), i + kChunk));
    auto in = " IN (" + placeholders(ps.size()) + ")";
    auto names = (*lease)->query(
        "SELECT id, display_name FROM members WHERE deleted_at IS NULL AND id" + in, ps);
    if (!names) return names.error();
    for (const auto& r : names->rows) out[r.integer(0)] = {r.integer(0), r.text(1), {}};
    auto vis = (*lease)->query(
        "SELECT member_id, field, level FROM profile_visibility WHERE member_id" + in, ps);
    if (!vis) return vis.error();
    for (const auto& r : vis->rows) {
      auto it = out.find(r.integer(0));
      if (it != out.end()) it->second.visibility[r.text(1)] = r.text(2);
    }
  }
  return out;
}

Result<std::unordered_map<std::int64_t, NeedTitle>> need_titles(store::Db& db,
                                                                std::span<const std::int64_t> ids) {
  std::unordered_map<std::int64_t, NeedTitle> out;
  auto lease = db.acquire();
  if (!lease) return lease.error();
  for (std::size_t i = 0; i < ids.size(); i += kChunk) {
    std::vector<store::Value> ps(ids.begin() + i, ids.begin() + std::min(ids.size(), i + kChunk));
    auto rows = (*lease)->query(
        "SELECT n.id, n.title, p.title FROM needs n JOIN projects p ON p.id = n.project_id "
        "WHERE n.id IN (" +
            placeholders(ps.size()) + ")",
        ps);
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) out[r.integer(0)] = {r.text(1), r.text(2)};
  }
  return out;
}

Result<bool> member_exists(store::Db& db, std::int64_t member_id) {
  auto rows = db.query("SELECT 1 FROM members WHERE id = $1 AND deleted_at IS NULL",
                       store::params(member_id));
  if (!rows) return rows.error();
  return !rows->empty();
}

}  // namespace matching_store
}  // namespace comdev::matching
