#include "features/activity/activity_store.h"

#include <optional>

#include "features/activity/activity_rules.h"

namespace comdev::activity::activity_store {
namespace {

constexpr const char* kColumns =
    "SELECT a.id, a.project_id, a.kind, COALESCE(a.actor_id, 0), COALESCE(m.display_name, ''), "
    "a.subject, a.path, a.created_at "
    "FROM project_activity a LEFT JOIN members m ON m.id = a.actor_id ";

std::vector<Entry> entries(const store::Rows& rows) {
  std::vector<Entry> out;
  for (const auto& r : rows.rows) {
    out.push_back({r.integer(0), r.integer(1), r.text(2), r.integer(3), r.text(4), r.text(5),
                   r.text(6), r.text(7)});
  }
  return out;
}

std::optional<std::int64_t> actor(std::int64_t id) {
  return id ? std::optional<std::int64_t>(id) : std::nullopt;
}

}  // namespace

Status record(store::Conn& c, const Event& e, const std::string& now) {
  auto r = c.query(
      "INSERT INTO project_activity (project_id, kind, actor_id, subject, path, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      store::params(e.project_id, e.kind, actor(e.actor_id), e.subject, e.path, now));
  if (!r) return r.error();
  return {};
}

Result<std::vector<Entry>> timeline(store::Conn& c, std::int64_t project_id, std::int64_t before,
                                    int limit) {
  auto rows = c.query(
      std::string(kColumns) + "WHERE a.project_id = $1 AND a.id < $2 ORDER BY a.id DESC LIMIT $3",
      store::params(project_id, before > 0 ? before : INT64_MAX, static_cast<std::int64_t>(limit)));
  if (!rows) return rows.error();
  return entries(*rows);
}

Result<std::string> visit(store::Conn& c, std::int64_t project_id, std::int64_t member_id,
                          core::Seconds now) {
  auto rows = c.query(
      "SELECT seen_at, since_at FROM project_visits WHERE project_id = $1 AND member_id = $2",
      store::params(project_id, member_id));
  if (!rows) return rows.error();
  std::optional<Visit> last;
  if (!rows->empty()) {
    const auto& r = rows->rows.front();
    // An unreadable stored time counts as long ago: a new visit starts.
    last = Visit{core::parse_iso(r.text(0)).value_or(core::Seconds{}), r.text(1)};
  }
  auto step = next_visit(last, now);
  if (step.write) {
    auto up = c.query(
        "INSERT INTO project_visits (project_id, member_id, seen_at, since_at) "
        "VALUES ($1, $2, $3, $4) ON CONFLICT (project_id, member_id) "
        "DO UPDATE SET seen_at = excluded.seen_at, since_at = excluded.since_at",
        store::params(project_id, member_id, core::iso(step.write->seen_at), step.write->since_at));
    if (!up) return up.error();
  }
  return step.since;
}

Result<std::vector<Entry>> since(store::Conn& c, std::int64_t project_id, std::int64_t member_id,
                                 const std::string& since, int limit) {
  auto rows =
      c.query(std::string(kColumns) +
                  "WHERE a.project_id = $1 AND a.created_at > $2 "
                  "AND COALESCE(a.actor_id, 0) <> $3 ORDER BY a.id DESC LIMIT $4",
              store::params(project_id, since, member_id, static_cast<std::int64_t>(limit)));
  if (!rows) return rows.error();
  return entries(*rows);
}

}  // namespace comdev::activity::activity_store
