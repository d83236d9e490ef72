#include "features/teams/team_store.h"

#include <algorithm>
#include <map>

namespace comdev::teams::team_store {
namespace {

std::optional<std::int64_t> opt_id(std::int64_t id) {
  return id ? std::optional<std::int64_t>(id) : std::nullopt;
}

JoinRequest request_from(const store::Row& r) {
  return {r.integer(0), r.integer(1), r.integer(2), r.text(3), r.text(4), r.text(5), r.text(6)};
}

constexpr const char* kRequestColumns =
    "SELECT q.id, q.project_id, q.member_id, m.display_name, q.message, q.status, q.created_at "
    "FROM team_join_requests q JOIN members m ON m.id = q.member_id ";

// The carriers of a project: carrier rows and verified representatives of its organisation.
constexpr const char* kCarriersOf =
    "SELECT t.member_id FROM project_team t WHERE t.project_id = $1 AND t.role_kind = 'carrier' "
    "UNION SELECT om.member_id FROM organisation_members om JOIN projects p "
    "ON p.carrier_id = om.organisation_id WHERE p.id = $1 AND om.role = 'representative' "
    "AND om.status = 'verified'";

}  // namespace

Result<std::optional<ProjectRef>> project(store::Conn& c, std::int64_t project_id) {
  auto rows = c.query("SELECT id, title, carrier_id FROM projects WHERE id = $1",
                      store::params(project_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<ProjectRef>{};
  const auto& r = rows->rows.front();
  return std::optional<ProjectRef>{ProjectRef{r.integer(0), r.text(1), r.integer(2)}};
}

Result<std::vector<Member>> members(store::Conn& c, std::int64_t project_id) {
  auto rows = c.query(
      "SELECT t.member_id, m.display_name, t.role_kind, t.role, t.joined_at "
      "FROM project_team t JOIN members m ON m.id = t.member_id "
      "WHERE t.project_id = $1 AND m.deleted_at IS NULL ORDER BY t.joined_at, t.member_id",
      store::params(project_id));
  if (!rows) return rows.error();
  auto reps = c.query(
      "SELECT om.member_id, m.display_name FROM organisation_members om "
      "JOIN projects p ON p.carrier_id = om.organisation_id "
      "JOIN members m ON m.id = om.member_id "
      "WHERE p.id = $1 AND om.role = 'representative' AND om.status = 'verified' "
      "AND m.deleted_at IS NULL ORDER BY om.member_id",
      store::params(project_id));
  if (!reps) return reps.error();
  std::vector<Member> out;
  std::map<std::int64_t, std::size_t> at;
  for (const auto& r : reps->rows) {
    Member m;
    m.member_id = r.integer(0);
    m.display_name = r.text(1);
    m.kind = RoleKind::carrier;
    m.by_organisation = true;
    m.has_row = false;
    at[m.member_id] = out.size();
    out.push_back(std::move(m));
  }
  for (const auto& r : rows->rows) {
    auto id = r.integer(0);
    auto kind = parse_role_kind(r.text(2)).value_or(RoleKind::expert);
    if (auto it = at.find(id); it != at.end()) {
      Member& rep = out[it->second];
      rep.has_row = true;
      rep.title = r.text(3);
      rep.joined_at = r.text(4);
      continue;
    }
    out.push_back({id, r.text(1), kind, r.text(3), false, true, r.text(4)});
  }
  std::stable_sort(out.begin(), out.end(), [](const Member& a, const Member& b) {
    return (a.kind == RoleKind::carrier) > (b.kind == RoleKind::carrier);
  });
  return out;
}

Result<std::optional<RoleKind>> role_of(store::Conn& c, std::int64_t project_id,
                                        std::int64_t member_id) {
  if (member_id == 0) return std::optional<RoleKind>{};
  auto rows = c.query(
      "SELECT 'carrier' FROM organisation_members om JOIN projects p "
      "ON p.carrier_id = om.organisation_id WHERE p.id = $1 AND om.member_id = $2 "
      "AND om.role = 'representative' AND om.status = 'verified' "
      "UNION ALL SELECT role_kind FROM project_team WHERE project_id = $1 AND member_id = $2",
      store::params(project_id, member_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<RoleKind>{};
  return std::optional<RoleKind>{parse_role_kind(rows->rows.front().text(0))};
}

Result<std::vector<std::int64_t>> projects_of(store::Conn& c, std::int64_t member_id) {
  auto rows = c.query(
      "SELECT t.project_id FROM project_team t WHERE t.member_id = $1 "
      "UNION SELECT p.id FROM projects p JOIN organisation_members om "
      "ON om.organisation_id = p.carrier_id WHERE om.member_id = $1 "
      "AND om.role = 'representative' AND om.status = 'verified' ORDER BY 1",
      store::params(member_id));
  if (!rows) return rows.error();
  std::vector<std::int64_t> out;
  for (const auto& r : rows->rows) out.push_back(r.integer(0));
  return out;
}

Result<std::int64_t> member_by_email(store::Conn& c, const std::string& email) {
  auto rows = c.query("SELECT id FROM members WHERE email = $1 AND deleted_at IS NULL",
                      store::params(email));
  if (!rows) return rows.error();
  return rows->empty() ? 0 : rows->rows.front().integer(0);
}

Status put_member(store::Conn& c, std::int64_t project_id, std::int64_t member_id, RoleKind kind,
                  const std::string& title, const std::string& now) {
  auto r = c.query(
      "INSERT INTO project_team (project_id, member_id, role, role_kind, joined_at) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (project_id, member_id) "
      "DO UPDATE SET role = excluded.role, role_kind = excluded.role_kind",
      store::params(project_id, member_id, title, std::string(name(kind)), now));
  if (!r) return r.error();
  return {};
}

Result<bool> remove_member(store::Conn& c, std::int64_t project_id, std::int64_t member_id) {
  auto r = c.query(
      "DELETE FROM project_team WHERE project_id = $1 AND member_id = $2 RETURNING member_id",
      store::params(project_id, member_id));
  if (!r) return r.error();
  return !r->empty();
}

Result<std::optional<JoinRequest>> request(store::Conn& c, std::int64_t id) {
  auto rows = c.query(std::string(kRequestColumns) + "WHERE q.id = $1", store::params(id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<JoinRequest>{};
  return std::optional<JoinRequest>{request_from(rows->rows.front())};
}

Result<std::optional<JoinRequest>> open_request_of(store::Conn& c, std::int64_t project_id,
                                                   std::int64_t member_id) {
  auto rows = c.query(std::string(kRequestColumns) +
                          "WHERE q.project_id = $1 AND q.member_id = $2 AND q.status = 'open'",
                      store::params(project_id, member_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<JoinRequest>{};
  return std::optional<JoinRequest>{request_from(rows->rows.front())};
}

Result<std::int64_t> insert_request(store::Conn& c, std::int64_t project_id, std::int64_t member_id,
                                    const std::string& message, const std::string& now) {
  auto r = c.query(
      "INSERT INTO team_join_requests (project_id, member_id, message, created_at) "
      "VALUES ($1, $2, $3, $4) RETURNING id",
      store::params(project_id, member_id, message, now));
  if (!r) return r.error();
  return r->rows.front().integer(0);
}

Result<bool> answer_request(store::Conn& c, std::int64_t id, const std::string& to, std::int64_t by,
                            const std::string& now) {
  auto r = c.query(
      "UPDATE team_join_requests SET status = $1, answered_at = $2, answered_by = $3 "
      "WHERE id = $4 AND status = 'open' RETURNING id",
      store::params(to, now, opt_id(by), id));
  if (!r) return r.error();
  return !r->empty();
}

Result<std::vector<JoinRequest>> open_requests(store::Conn& c, std::int64_t project_id) {
  auto rows = c.query(std::string(kRequestColumns) +
                          "WHERE q.project_id = $1 AND q.status = 'open' AND m.deleted_at IS NULL "
                          "ORDER BY q.id",
                      store::params(project_id));
  if (!rows) return rows.error();
  std::vector<JoinRequest> out;
  for (const auto& r : rows->rows) out.push_back(request_from(r));
  return out;
}

Status notify(store::Conn& c, const Notice& n, const std::string& now) {
  auto r = c.query(
      "INSERT INTO notifications (member_id, kind, project_id, other_member_id, thread_id, "
      "in_digest, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      store::params(n.member_id, n.kind, opt_id(n.project_id), opt_id(n.other_member_id),
                    opt_id(n.thread_id), n.in_digest ? 1 : 0, now));
  if (!r) return r.error();
  return {};
}

Status notify_carriers(store::Conn& c, const Notice& n, std::int64_t except,
                       const std::string& now) {
  auto r = c.query(
      std::string("INSERT INTO notifications (member_id, kind, project_id, other_member_id, "
                  "thread_id, in_digest, created_at) SELECT m.id, CAST($2 AS TEXT), "
                  "CAST($1 AS BIGINT), CAST($3 AS BIGINT), CAST($4 AS BIGINT), "
                  "CAST($5 AS INTEGER), CAST($6 AS TEXT) FROM members m "
                  "WHERE m.deleted_at IS NULL AND m.id <> $7 AND m.id IN (") +
          kCarriersOf + ")",
      store::params(n.project_id, n.kind, opt_id(n.other_member_id), opt_id(n.thread_id),
                    n.in_digest ? 1 : 0, now, except));
  if (!r) return r.error();
  return {};
}

Result<std::vector<Mention>> mentions_since(store::Conn& c, std::int64_t member_id,
                                            const std::string& since, int limit) {
  auto rows = c.query(
      "SELECT p.id, p.title, d.id, d.title, COALESCE(o.display_name, ''), x.created_at "
      "FROM notifications x JOIN discussion_threads d ON d.id = x.thread_id "
      "JOIN projects p ON p.id = d.project_id LEFT JOIN members o ON o.id = x.other_member_id "
      "WHERE x.member_id = $1 AND x.kind = 'discussion_mention' AND x.in_digest = 1 "
      "AND x.created_at > $2 AND (EXISTS (SELECT 1 FROM project_team t WHERE t.project_id = p.id "
      "AND t.member_id = $1) OR EXISTS (SELECT 1 FROM organisation_members om "
      "WHERE om.organisation_id = p.carrier_id AND om.member_id = $1 "
      "AND om.role = 'representative' AND om.status = 'verified')) "
      "ORDER BY x.created_at DESC, x.id DESC LIMIT $3",
      store::params(member_id, since, static_cast<std::int64_t>(limit)));
  if (!rows) return rows.error();
  std::vector<Mention> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), r.text(1), r.integer(2), r.text(3), r.text(4), r.text(5)});
  }
  return out;
}

}  // namespace comdev::teams::team_store
