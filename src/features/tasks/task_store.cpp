#include "features/tasks/task_store.h"

#include "features/tasks/task_rules.h"

namespace comdev::tasks::task_store {
namespace {

constexpr const char* kColumns =
    "SELECT t.id, t.project_id, t.title, COALESCE(t.owner_id, 0), COALESCE(o.display_name, ''), "
    "COALESCE(t.due_on, ''), t.status, COALESCE(t.need_id, 0), COALESCE(n.title, ''), "
    "COALESCE(t.created_by, 0), t.created_at, t.updated_at, COALESCE(t.done_at, ''), p.title "
    "FROM tasks t JOIN projects p ON p.id = t.project_id "
    "LEFT JOIN members o ON o.id = t.owner_id LEFT JOIN needs n ON n.id = t.need_id ";

// Not done first, then the nearest due day (none last), then the oldest: the expressions of the
// index tasks_project_order (migrations/0037), written the same so that both databases read a
// project's page from it rather than sorting all its tasks.
constexpr const char* kOrder = " ORDER BY t.status = 'done', t.due_on IS NULL, t.due_on, t.id";

std::vector<Task> tasks_of(const store::Rows& rows) {
  std::vector<Task> out;
  for (const auto& r : rows.rows) {
    Task t;
    t.id = r.integer(0);
    t.project_id = r.integer(1);
    t.title = r.text(2);
    t.owner_id = r.integer(3);
    t.owner_name = r.text(4);
    t.due_on = r.text(5);
    t.status = parse_status(r.text(6)).value_or(TaskStatus::open);
    t.need_id = r.integer(7);
    t.need_title = r.text(8);
    t.created_by = r.integer(9);
    t.created_at = r.text(10);
    t.updated_at = r.text(11);
    t.done_at = r.text(12);
    t.project_title = r.text(13);
    out.push_back(std::move(t));
  }
  return out;
}

std::optional<std::int64_t> id_or_null(std::int64_t id) {
  return id ? std::optional<std::int64_t>(id) : std::nullopt;
}

std::optional<std::string> text_or_null(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

}  // namespace

Result<std::optional<Task>> find(store::Conn& c, std::int64_t id) {
  auto rows = c.query(std::string(kColumns) + "WHERE t.id = $1", store::params(id));
  if (!rows) return rows.error();
  auto list = tasks_of(*rows);
  if (list.empty()) return std::optional<Task>{};
  return std::optional<Task>{std::move(list.front())};
}

Result<std::vector<Task>> list(store::Conn& c, std::int64_t project_id, const Filter& f) {
  auto rows = c.query(
      std::string(kColumns) +
          "WHERE t.project_id = $1 AND ($2 = '' OR t.status = $2) "
          "AND ($3 = 0 OR t.owner_id = $3)" +
          kOrder + " LIMIT $4 OFFSET $5",
      store::params(project_id, f.status ? std::string(name(*f.status)) : std::string(), f.owner_id,
                    static_cast<std::int64_t>(f.limit), static_cast<std::int64_t>(f.offset)));
  if (!rows) return rows.error();
  return tasks_of(*rows);
}

Result<std::vector<Task>> mine(store::Conn& c, std::int64_t member_id) {
  auto rows = c.query(
      std::string(kColumns) + "WHERE t.owner_id = $1 AND t.status <> 'done'" + kOrder + " LIMIT $2",
      store::params(member_id, static_cast<std::int64_t>(kListLimit)));
  if (!rows) return rows.error();
  return tasks_of(*rows);
}

Result<std::vector<Task>> late(store::Conn& c, std::int64_t member_id, const std::string& today) {
  auto rows = c.query(std::string(kColumns) +
                          "WHERE t.owner_id = $1 AND t.status <> 'done' AND t.due_on < $2" +
                          kOrder + " LIMIT $3",
                      store::params(member_id, today, static_cast<std::int64_t>(kListLimit)));
  if (!rows) return rows.error();
  return tasks_of(*rows);
}

Result<std::vector<std::pair<std::int64_t, std::string>>> needs_of(store::Conn& c,
                                                                   std::int64_t project_id) {
  auto rows = c.query("SELECT id, title FROM needs WHERE project_id = $1 ORDER BY id",
                      store::params(project_id));
  if (!rows) return rows.error();
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& r : rows->rows) out.emplace_back(r.integer(0), r.text(1));
  return out;
}

Result<std::int64_t> insert(store::Conn& c, std::int64_t project_id, const TaskInput& in,
                            std::int64_t created_by, const std::string& now) {
  auto rows = c.query(
      "INSERT INTO tasks (project_id, title, owner_id, due_on, status, need_id, created_by, "
      "created_at, updated_at) VALUES ($1, $2, $3, $4, 'open', $5, $6, $7, $7) RETURNING id",
      store::params(project_id, in.title, id_or_null(in.owner_id), text_or_null(in.due_on),
                    id_or_null(in.need_id), id_or_null(created_by), now));
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Status update(store::Conn& c, std::int64_t id, const TaskInput& in, const std::string& now) {
  auto r = c.query(
      "UPDATE tasks SET title = $2, owner_id = $3, due_on = $4, need_id = $5, updated_at = $6 "
      "WHERE id = $1",
      store::params(id, in.title, id_or_null(in.owner_id), text_or_null(in.due_on),
                    id_or_null(in.need_id), now));
  if (!r) return r.error();
  return {};
}

Result<bool> move(store::Conn& c, std::int64_t id, TaskStatus from, TaskStatus to,
                  const std::string& now) {
  auto rows = c.query(
      "UPDATE tasks SET status = $3, updated_at = $4, "
      "done_at = CASE WHEN $3 = 'done' THEN $4 ELSE NULL END "
      "WHERE id = $1 AND status = $2 RETURNING id",
      store::params(id, std::string(name(from)), std::string(name(to)), now));
  if (!rows) return rows.error();
  return !rows->empty();
}

}  // namespace comdev::tasks::task_store
