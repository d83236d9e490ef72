#include "main/bench_data_store.h"

#include <algorithm>
#include <span>
#include <unordered_map>

namespace comdev::bench_data::bench_data_store {
namespace {

using store::Value;

// Rows per INSERT: 400 rows of 13 columns stay far below SQLite's 32 766 and PostgreSQL's
// 65 535 parameters, and a full batch always has the same text, so its statement is cached.
constexpr std::size_t kRowsPerStatement = 400;

std::string values_sql(std::string_view head, std::size_t columns, std::size_t rows) {
  std::string sql(head);
  sql += " VALUES ";
  std::size_t n = 1;
  for (std::size_t r = 0; r < rows; ++r) {
    sql += r ? ",(" : "(";
    for (std::size_t c = 0; c < columns; ++c) {
      if (c) sql += ',';
      sql += '$';
      sql += std::to_string(n++);
    }
    sql += ')';
  }
  return sql;
}

template <class Row, class F>
Status insert_rows(store::Conn& conn, std::string_view head, std::size_t columns,
                   const std::vector<Row>& rows, F&& append) {
  std::vector<Value> params;
  for (std::size_t start = 0; start < rows.size(); start += kRowsPerStatement) {
    std::size_t n = std::min(kRowsPerStatement, rows.size() - start);
    params.clear();
    params.reserve(n * columns);
    for (std::size_t i = start; i < start + n; ++i) append(params, rows[i]);
    auto r = conn.query(values_sql(head, columns, n), params);
    if (!r) return r.error();
  }
  return {};
}

Value opt(const std::optional<std::string>& v) {
  return v ? Value{*v} : Value{};
}
Value opt(const std::optional<std::int64_t>& v) {
  return v ? Value{*v} : Value{};
}
Value opt(const std::optional<double>& v) {
  return v ? Value{*v} : Value{};
}

Result<std::int64_t> next_id(store::Conn& conn, std::string_view sql) {
  auto r = conn.query(sql);
  if (!r) return r.error();
  return (r->rows.empty() ? 0 : r->rows[0].integer(0)) + 1;
}

}  // namespace

Result<Catalog> read_catalog(store::Conn& conn) {
  Catalog cat;
  // A douar's position falls back to its commune's, a commune's to its province's.
  auto places = conn.query(
      "SELECT t.id, t.kind, t.name_fr, c.id, COALESCE(t.lat, c.lat, p.lat), "
      "COALESCE(t.lon, c.lon, p.lon) "
      "FROM territories t "
      "JOIN territories c ON c.id = CASE WHEN t.kind = 'douar' THEN t.parent_id ELSE t.id END "
      "LEFT JOIN territories p ON p.id = c.parent_id "
      "WHERE t.kind IN ('commune', 'douar') ORDER BY t.id");
  if (!places) return places.error();
  for (const auto& row : places->rows) {
    Place p;
    p.id = row.integer(0);
    p.kind = row.text(1);
    p.name = row.text(2);
    p.commune_id = row.integer(3);
    if (!row.is_null(4) && !row.is_null(5)) {
      p.lat = row.real(4);
      p.lon = row.real(5);
    }
    cat.places.push_back(std::move(p));
  }
  auto orgs = conn.query("SELECT id, type, territory_id FROM organisations ORDER BY id");
  if (!orgs) return orgs.error();
  for (const auto& row : orgs->rows) {
    Organisation o{row.integer(0), row.text(1), std::nullopt};
    if (!row.is_null(2)) o.territory_id = row.integer(2);
    cat.organisations.push_back(std::move(o));
  }
  auto skills = conn.query("SELECT id, slug, name_fr FROM skills ORDER BY id");
  if (!skills) return skills.error();
  for (const auto& row : skills->rows) {
    cat.skills.push_back({row.integer(0), row.text(1), row.text(2)});
  }
  return cat;
}

Result<std::int64_t> next_project_id(store::Conn& conn) {
  return next_id(conn, "SELECT MAX(id) FROM projects");
}

Result<std::int64_t> next_need_id(store::Conn& conn) {
  return next_id(conn, "SELECT MAX(id) FROM needs");
}

Status insert(store::Conn& conn, const Batch& b) {
  auto st = insert_rows(conn,
                        "INSERT INTO projects (id, title, summary, description_md, lang, status, "
                        "carrier_id, territory_id, lat, lon, is_demo, created_at, updated_at)",
                        13, b.projects, [](std::vector<Value>& v, const ProjectRow& p) {
                          v.insert(v.end(),
                                   {p.id, p.title, p.summary, p.description_md, std::string("fr"),
                                    p.status, p.carrier_id, p.territory_id, opt(p.lat), opt(p.lon),
                                    std::int64_t{1}, p.created_at, p.created_at});
                        });
  if (!st) return st;
  st = insert_rows(conn, "INSERT INTO project_sectors (project_id, sector)", 2, b.sectors,
                   [](std::vector<Value>& v, const auto& s) {
                     v.insert(v.end(), {s.first, s.second});
                   });
  if (!st) return st;
  st = insert_rows(
      conn,
      "INSERT INTO project_status_changes (project_id, from_status, to_status, "
      "changed_at)",
      4, b.status_changes, [](std::vector<Value>& v, const StatusChangeRow& s) {
        v.insert(v.end(), {s.project_id, opt(s.from_status), s.to_status, s.changed_at});
      });
  if (!st) return st;
  st = insert_rows(
      conn,
      "INSERT INTO needs (id, project_id, kind, title, description, status, mode, "
      "period_start, period_end, effort_days, amount_minor, currency, item, "
      "quantity, is_demo, created_at, updated_at)",
      17, b.needs, [](std::vector<Value>& v, const NeedRow& n) {
        v.insert(v.end(), {n.id, n.project_id, n.kind, n.title, n.description, n.status,
                           opt(n.mode), opt(n.period_start), opt(n.period_end), opt(n.effort_days),
                           opt(n.amount_minor), opt(n.currency), opt(n.item), opt(n.quantity),
                           std::int64_t{1}, n.created_at, n.created_at});
      });
  if (!st) return st;
  st = insert_rows(conn, "INSERT INTO need_skills (need_id, skill_id, level)", 3, b.need_skills,
                   [](std::vector<Value>& v, const NeedSkillRow& s) {
                     v.insert(v.end(), {s.need_id, s.skill_id, s.level});
                   });
  if (!st) return st;
  return insert_rows(conn, "INSERT INTO need_languages (need_id, code)", 2, b.need_languages,
                     [](std::vector<Value>& v, const auto& l) {
                       v.insert(v.end(), {l.first, l.second});
                     });
}

Result<Totals> totals(store::Conn& conn) {
  auto r = conn.query(
      "SELECT (SELECT COUNT(*) FROM projects), (SELECT COUNT(*) FROM needs), "
      "(SELECT COUNT(*) FROM needs WHERE status = 'open'), "
      "(SELECT COUNT(*) FROM needs WHERE kind = 'skill'), "
      "(SELECT COUNT(DISTINCT territory_id) FROM projects), "
      "(SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM needs GROUP BY project_id) x), "
      "(SELECT COUNT(*) FROM projects p JOIN territories t ON t.id = p.territory_id "
      "WHERE t.kind NOT IN ('commune', 'douar'))");
  if (!r) return r.error();
  const auto& row = r->rows.at(0);
  return Totals{row.integer(0), row.integer(1), row.integer(2), row.integer(3),
                row.integer(4), row.integer(5), row.integer(6)};
}

Result<ExpertWorld> read_expert_world(store::Conn& conn) {
  ExpertWorld w;
  auto provinces = conn.query(
      "SELECT id, COALESCE(parent_id, 0), name_fr FROM territories WHERE kind = 'province' "
      "ORDER BY id");
  if (!provinces) return provinces.error();
  std::unordered_map<std::int64_t, std::size_t> at;
  for (const auto& row : provinces->rows) {
    at[row.integer(0)] = w.provinces.size();
    w.provinces.push_back({row.integer(0), row.integer(1), row.text(2), {}});
  }
  auto communes = conn.query(
      "SELECT id, parent_id, name_fr FROM territories WHERE kind = 'commune' ORDER BY id");
  if (!communes) return communes.error();
  for (const auto& row : communes->rows) {
    if (row.is_null(1)) continue;
    auto p = at.find(row.integer(1));
    if (p != at.end()) w.provinces[p->second].communes.emplace_back(row.integer(0), row.text(2));
  }
  auto skills = conn.query(
      "SELECT s.id, s.slug, COALESCE(p.slug, '') FROM skills s "
      "LEFT JOIN skills p ON p.id = s.parent_id ORDER BY s.id");
  if (!skills) return skills.error();
  for (const auto& row : skills->rows)
    w.skills.push_back({row.integer(0), row.text(1), row.text(2)});
  auto needs = conn.query(
      "SELECT id FROM needs WHERE kind = 'skill' AND status IN ('open', 'discussion') "
      "ORDER BY id");
  if (!needs) return needs.error();
  for (const auto& row : needs->rows) w.open_skill_needs.push_back(row.integer(0));
  return w;
}

Result<std::int64_t> next_member_id(store::Conn& conn) {
  return next_id(conn, "SELECT MAX(id) FROM members");
}

Status insert(store::Conn& conn, const ExpertBatch& b) {
  // An unusable password hash: these accounts cannot sign in.
  auto st =
      insert_rows(conn,
                  "INSERT INTO members (id, email, display_name, password_hash, "
                  "email_verified_at, created_at)",
                  6, b.members, [](std::vector<Value>& v, const MemberRow& m) {
                    v.insert(v.end(), {m.id, m.email, m.display_name, std::string("!bench-data"),
                                       m.created_at, m.created_at});
                  });
  if (!st) return st;
  st = insert_rows(conn,
                   "INSERT INTO profiles (member_id, bio, country, city, origin_text, "
                   "is_diaspora_of_heart, remote_hours_per_month, open_to_invitations, "
                   "updated_at)",
                   9, b.profiles, [](std::vector<Value>& v, const ProfileRow& p) {
                     v.insert(v.end(), {p.member_id, p.bio, p.country, p.city, p.origin_text,
                                        std::int64_t{p.of_heart ? 1 : 0}, p.remote_hours,
                                        std::int64_t{p.open_to_invitations ? 1 : 0}, p.updated_at});
                   });
  if (!st) return st;
  st = insert_rows(conn, "INSERT INTO member_skills (member_id, skill_id, level)", 3, b.skills,
                   [](std::vector<Value>& v, const MemberSkillRow& s) {
                     v.insert(v.end(), {s.member_id, s.skill_id, s.level});
                   });
  if (!st) return st;
  st = insert_rows(conn, "INSERT INTO profile_languages (member_id, code)", 2, b.languages,
                   [](std::vector<Value>& v, const auto& l) {
                     v.insert(v.end(), {l.first, l.second});
                   });
  if (!st) return st;
  st = insert_rows(
      conn,
      "INSERT INTO availability_windows (member_id, place_text, territory_id, "
      "starts_on, ends_on)",
      5, b.windows, [](std::vector<Value>& v, const WindowRow& w) {
        v.insert(v.end(), {w.member_id, w.place_text, w.territory_id, w.starts_on, w.ends_on});
      });
  if (!st) return st;
  st = insert_rows(conn, "INSERT INTO profile_attachments (member_id, territory_id)", 2,
                   b.attachments, [](std::vector<Value>& v, const auto& a) {
                     v.insert(v.end(), {a.first, a.second});
                   });
  if (!st) return st;
  return insert_rows(conn,
                     "INSERT INTO need_invitations (need_id, expert_id, status, created_at, "
                     "expires_at, answered_at)",
                     6, b.invitations, [](std::vector<Value>& v, const InvitationRow& i) {
                       v.insert(v.end(), {i.need_id, i.expert_id, i.status, i.created_at,
                                          i.expires_at, opt(i.answered_at)});
                     });
}

Result<ExpertTotals> expert_totals(store::Conn& conn) {
  auto r = conn.query(
      "SELECT (SELECT COUNT(DISTINCT member_id) FROM member_skills), "
      "(SELECT COUNT(*) FROM member_skills), (SELECT COUNT(*) FROM availability_windows), "
      "(SELECT COUNT(*) FROM profile_attachments), (SELECT COUNT(*) FROM need_invitations), "
      "(SELECT COUNT(*) FROM profiles WHERE open_to_invitations = 1)");
  if (!r) return r.error();
  const auto& row = r->rows.at(0);
  return ExpertTotals{row.integer(0), row.integer(1), row.integer(2),
                      row.integer(3), row.integer(4), row.integer(5)};
}

Status advance_sequences(store::Conn& conn) {
  if (conn.dialect() != store::Dialect::postgres) return {};
  for (const char* sql : {"SELECT setval(pg_get_serial_sequence('members', 'id'), "
                          "(SELECT COALESCE(MAX(id), 0) + 1 FROM members), false)",
                          "SELECT setval(pg_get_serial_sequence('projects', 'id'), "
                          "(SELECT COALESCE(MAX(id), 0) + 1 FROM projects), false)",
                          "SELECT setval(pg_get_serial_sequence('needs', 'id'), "
                          "(SELECT COALESCE(MAX(id), 0) + 1 FROM needs), false)"}) {
    auto r = conn.query(sql);
    if (!r) return r.error();
  }
  return {};
}

}  // namespace comdev::bench_data::bench_data_store
