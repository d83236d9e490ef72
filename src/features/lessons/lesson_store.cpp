#include "features/lessons/lesson_store.h"

#include "features/changes/change_log_store.h"

namespace comdev::lessons::lesson_store {
namespace {

constexpr const char* kColumns =
    "SELECT l.id, l.project_id, l.state, l.lang, l.title, l.period, l.sectors, "
    "COALESCE(l.territory_id, 0), l.context_md, l.objectives_md, l.actors_md, l.steps_md, "
    "l.results_md, l.difficulties_md, l.success_md, l.lessons_md, l.recommendations_md, "
    "l.contacts_md, l.budget_md, l.review_note, l.is_demo, COALESCE(l.created_by, 0), "
    "l.created_at, l.updated_at, COALESCE(l.submitted_at, ''), COALESCE(l.published_at, ''), "
    "p.title, p.status, p.carrier_id, o.name, o.type, COALESCE(t.name_fr, ''), "
    "COALESCE(t.name_ar, ''), (SELECT COUNT(*) FROM lesson_reuses r WHERE r.lesson_id = l.id) "
    "FROM lessons l JOIN projects p ON p.id = l.project_id "
    "JOIN organisations o ON o.id = p.carrier_id "
    "LEFT JOIN territories t ON t.id = l.territory_id ";
constexpr std::size_t kFirstSection = 8;

std::vector<std::string> split_sectors(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    auto end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string join_sectors(const std::vector<std::string>& sectors) {
  std::string out;
  for (const auto& s : sectors) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::vector<Sheet> sheets(const store::Rows& rows) {
  std::vector<Sheet> out;
  for (const auto& r : rows.rows) {
    Sheet s;
    s.id = r.integer(0);
    s.project_id = r.integer(1);
    s.state = parse_state(r.text(2)).value_or(State::draft);
    s.text.lang = r.text(3);
    s.text.title = r.text(4);
    s.text.period = r.text(5);
    s.text.sectors = split_sectors(r.text(6));
    s.text.territory_id = r.integer(7);
    for (std::size_t i = 0; i < kSections.size(); ++i) s.text.body[i] = r.text(kFirstSection + i);
    std::size_t k = kFirstSection + kSections.size();
    s.review_note = r.text(k++);
    s.demo = r.integer(k++) != 0;
    s.created_by = r.integer(k++);
    s.created_at = r.text(k++);
    s.updated_at = r.text(k++);
    s.submitted_at = r.text(k++);
    s.published_at = r.text(k++);
    s.project_title = r.text(k++);
    s.project_status = r.text(k++);
    s.carrier_id = r.integer(k++);
    s.carrier_name = r.text(k++);
    s.carrier_type = r.text(k++);
    s.territory_fr = r.text(k++);
    s.territory_ar = r.text(k++);
    s.reuses = r.integer(k++);
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::optional<Sheet>> first(Result<store::Rows> rows) {
  if (!rows) return rows.error();
  auto list = sheets(*rows);
  if (list.empty()) return std::optional<Sheet>{};
  return std::optional<Sheet>{std::move(list.front())};
}

std::optional<std::int64_t> id_or_null(std::int64_t id) {
  if (id == 0) return std::nullopt;
  return id;
}

// The text columns' values in kSections order, after the given leading parameters.
template <class... A>
std::vector<store::Value> with_text(const SheetText& t, A&&... leading) {
  auto p = store::params(std::forward<A>(leading)..., t.lang, t.title, t.period,
                         join_sectors(t.sectors), id_or_null(t.territory_id));
  for (const auto& b : t.body) p.push_back(store::to_value(b));
  return p;
}

// "context_md = $7, objectives_md = $8, …" for the sections after `first` parameters.
std::string section_assignments(int first) {
  std::string out;
  for (std::size_t i = 0; i < kSections.size(); ++i) {
    out += (i ? ", " : "") + std::string(kSections[i]) + "_md = $" + std::to_string(first + i);
  }
  return out;
}

std::string section_columns() {
  std::string out;
  for (auto s : kSections) out += ", " + std::string(s) + "_md";
  return out;
}

std::string placeholders(int first, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += ", $" + std::to_string(first + i);
  return out;
}

}  // namespace

Result<std::optional<Sheet>> find(store::Conn& c, std::int64_t id) {
  return first(c.query(std::string(kColumns) + "WHERE l.id = $1", store::params(id)));
}

Result<std::optional<Sheet>> find_by_project(store::Conn& c, std::int64_t project_id) {
  return first(
      c.query(std::string(kColumns) + "WHERE l.project_id = $1", store::params(project_id)));
}

Result<std::vector<Sheet>> list(store::Conn& c, State state, int limit) {
  auto rows = c.query(std::string(kColumns) +
                          "WHERE l.state = $1 ORDER BY COALESCE(l.published_at, l.updated_at) "
                          "DESC, l.id DESC LIMIT $2",
                      store::params(std::string(name(state)), limit));
  if (!rows) return rows.error();
  return sheets(*rows);
}

Result<std::int64_t> insert(store::Conn& c, std::int64_t project_id, const SheetText& text,
                            std::int64_t by, const std::string& now) {
  // $1 project, $2-$6 lang, title, period, sectors, territory, $7-$17 sections, $18 by, $19 now.
  auto p = with_text(text, project_id);
  p.push_back(store::to_value(id_or_null(by)));
  p.push_back(store::to_value(now));
  auto rows =
      c.query("INSERT INTO lessons (project_id, lang, title, period, sectors, territory_id" +
                  section_columns() + ", created_by, created_at, updated_at) VALUES ($1" +
                  placeholders(2, 5 + kSections.size()) +
                  ", $18, $19, $19) ON CONFLICT (project_id) DO NOTHING RETURNING id",
              p);
  if (!rows) return rows.error();
  if (!rows->empty()) return rows->rows.front().integer(0);
  auto existing =
      c.query("SELECT id FROM lessons WHERE project_id = $1", store::params(project_id));
  if (!existing) return existing.error();
  if (existing->empty()) return Error::internal("lesson insert: no row after a conflict");
  return existing->rows.front().integer(0);
}

Result<bool> update_text(store::Conn& c, std::int64_t id, const SheetText& text,
                         const std::string& now) {
  auto p = with_text(text, id);
  p.push_back(store::to_value(now));
  auto rows = c.query(
      "UPDATE lessons SET lang = $2, title = $3, period = $4, sectors = $5, territory_id = $6, " +
          section_assignments(7) +
          ", updated_at = $18 WHERE id = $1 AND state = 'draft' RETURNING id",
      p);
  if (!rows) return rows.error();
  return !rows->empty();
}

Result<bool> move(store::Conn& c, std::int64_t id, State from, State to, std::int64_t by,
                  const std::string& note, const std::string& now) {
  // Every parameter appears in the statement: PostgreSQL cannot type an unused one.
  auto rows = c.query(
      "UPDATE lessons SET state = $3, review_note = $6, updated_at = $5, "
      "submitted_at = CASE WHEN $3 = 'submitted' THEN $5 ELSE submitted_at END, "
      "published_at = CASE WHEN $3 = 'published' THEN $5 ELSE published_at END, "
      "reviewed_by = CASE WHEN $3 = 'submitted' THEN reviewed_by ELSE $4 END "
      "WHERE id = $1 AND state = $2 RETURNING id",
      store::params(id, std::string(name(from)), std::string(name(to)), id_or_null(by), now, note));
  if (!rows) return rows.error();
  if (rows->empty()) return false;
  if (to == State::published) {
    if (auto r = changes::change_log_store::record(c, kLesson, id); !r) return r.error();
  }
  return true;
}

Status record_reuse(store::Conn& c, std::int64_t lesson_id, std::int64_t project_id,
                    std::int64_t by, const std::string& now) {
  auto r = c.query(
      "INSERT INTO lesson_reuses (lesson_id, project_id, created_by, created_at) "
      "VALUES ($1, $2, $3, $4) ON CONFLICT (lesson_id, project_id) DO NOTHING",
      store::params(lesson_id, project_id, id_or_null(by), now));
  if (!r) return r.error();
  return {};
}

Result<std::vector<TerritoryRow>> territories(store::Conn& c) {
  auto rows = c.query("SELECT id, COALESCE(parent_id, 0), kind, name_fr, name_ar FROM territories");
  if (!rows) return rows.error();
  std::vector<TerritoryRow> out;
  out.reserve(rows->rows.size());
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), {r.integer(1), r.text(2)}, r.text(3), r.text(4)});
  }
  return out;
}

Result<std::int64_t> upsert_demo(store::Conn& c, std::int64_t project_id, const SheetText& text,
                                 const std::string& now) {
  auto p = with_text(text, project_id);
  p.push_back(store::to_value(now));
  std::string updates =
      "lang = excluded.lang, title = excluded.title, period = excluded.period, "
      "sectors = excluded.sectors, territory_id = excluded.territory_id";
  for (auto s : kSections) {
    updates += ", " + std::string(s) + "_md = excluded." + std::string(s) + "_md";
  }
  auto rows = c.query(
      "INSERT INTO lessons (project_id, lang, title, period, sectors, territory_id" +
          section_columns() +
          ", state, is_demo, created_at, updated_at, submitted_at, published_at) VALUES ($1" +
          placeholders(2, 5 + kSections.size()) +
          ", 'published', 1, $18, $18, $18, $18) ON CONFLICT (project_id) DO UPDATE SET " +
          updates +
          ", state = 'published', is_demo = 1, updated_at = excluded.updated_at RETURNING id",
      p);
  if (!rows) return rows.error();
  auto id = rows->rows.front().integer(0);
  if (auto r = changes::change_log_store::record(c, kLesson, id); !r) return r.error();
  return id;
}

Result<std::optional<std::int64_t>> project_id_by_title(store::Conn& c, const std::string& title) {
  auto rows =
      c.query("SELECT id FROM projects WHERE title = $1 ORDER BY id LIMIT 1", store::params(title));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows->rows.front().integer(0)};
}

}  // namespace comdev::lessons::lesson_store
