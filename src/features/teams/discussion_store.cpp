#include "features/teams/discussion_store.h"

#include <algorithm>
#include <cstdint>

namespace comdev::teams::discussion_store {
namespace {

constexpr const char* kThreadColumns =
    "SELECT d.id, d.project_id, d.title, COALESCE(d.author_id, 0), COALESCE(m.display_name, ''), "
    "d.created_at, d.last_message_at, d.message_count "
    "FROM discussion_threads d LEFT JOIN members m ON m.id = d.author_id ";

constexpr const char* kMessageColumns =
    "SELECT x.id, x.thread_id, COALESCE(x.author_id, 0), COALESCE(m.display_name, ''), "
    "x.body_md, x.created_at, COALESCE(x.edited_at, ''), COALESCE(x.deleted_at, '') "
    "FROM discussion_messages x LEFT JOIN members m ON m.id = x.author_id ";

Thread thread_from(const store::Row& r) {
  return {r.integer(0), r.integer(1), r.text(2), r.integer(3),
          r.text(4),    r.text(5),    r.text(6), r.integer(7)};
}

Message message_from(const store::Row& r) {
  return {r.integer(0), r.integer(1), r.integer(2), r.text(3),
          r.text(4),    r.text(5),    r.text(6),    r.text(7)};
}

}  // namespace

Result<std::optional<Thread>> thread(store::Conn& c, std::int64_t thread_id) {
  auto rows = c.query(std::string(kThreadColumns) + "WHERE d.id = $1", store::params(thread_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Thread>{};
  return std::optional<Thread>{thread_from(rows->rows.front())};
}

Result<Page<Thread>> threads(store::Conn& c, std::int64_t project_id, std::int64_t before,
                             int limit) {
  // One row more than the page tells whether an older page exists.
  auto rows = c.query(std::string(kThreadColumns) +
                          "WHERE d.project_id = $1 AND d.id < $2 ORDER BY d.id DESC LIMIT $3",
                      store::params(project_id, before > 0 ? before : INT64_MAX,
                                    static_cast<std::int64_t>(limit + 1)));
  if (!rows) return rows.error();
  Page<Thread> page;
  for (const auto& r : rows->rows) page.rows.push_back(thread_from(r));
  if (static_cast<int>(page.rows.size()) > limit) {
    page.rows.pop_back();
    page.older = page.rows.back().id;
  }
  if (before > 0 && !page.rows.empty()) page.newer = page.rows.front().id;
  return page;
}

Result<std::optional<Message>> message(store::Conn& c, std::int64_t message_id) {
  auto rows = c.query(std::string(kMessageColumns) + "WHERE x.id = $1", store::params(message_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Message>{};
  return std::optional<Message>{message_from(rows->rows.front())};
}

Result<Page<Message>> messages(store::Conn& c, std::int64_t thread_id, std::int64_t before,
                               std::int64_t after, int limit) {
  const auto n = static_cast<std::int64_t>(limit + 1);
  Result<store::Rows> rows =
      after > 0 ? c.query(std::string(kMessageColumns) +
                              "WHERE x.thread_id = $1 AND x.id > $2 ORDER BY x.id LIMIT $3",
                          store::params(thread_id, after, n))
                : c.query(std::string(kMessageColumns) +
                              "WHERE x.thread_id = $1 AND x.id < $2 ORDER BY x.id DESC LIMIT $3",
                          store::params(thread_id, before > 0 ? before : INT64_MAX, n));
  if (!rows) return rows.error();
  Page<Message> page;
  for (const auto& r : rows->rows) page.rows.push_back(message_from(r));
  bool more = static_cast<int>(page.rows.size()) > limit;
  if (more) page.rows.pop_back();
  if (after > 0) {
    // Read forwards: more rows after the page; the page itself follows an older one.
    if (more) page.newer = page.rows.back().id;
    if (!page.rows.empty()) page.older = page.rows.front().id;
  } else {
    std::reverse(page.rows.begin(), page.rows.end());
    if (more) page.older = page.rows.front().id;
    if (before > 0 && !page.rows.empty()) page.newer = page.rows.back().id;
  }
  return page;
}

Result<std::int64_t> insert_thread(store::Conn& c, std::int64_t project_id, std::int64_t author,
                                   const std::string& title, const std::string& now) {
  auto r = c.query(
      "INSERT INTO discussion_threads (project_id, title, author_id, created_at, "
      "last_message_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
      store::params(project_id, title, author, now));
  if (!r) return r.error();
  return r->rows.front().integer(0);
}

Result<std::int64_t> insert_message(store::Conn& c, std::int64_t thread_id, std::int64_t author,
                                    const std::string& body, const std::string& now) {
  auto r = c.query(
      "INSERT INTO discussion_messages (thread_id, author_id, body_md, created_at) "
      "VALUES ($1, $2, $3, $4) RETURNING id",
      store::params(thread_id, author, body, now));
  if (!r) return r.error();
  auto up = c.query(
      "UPDATE discussion_threads SET message_count = message_count + 1, last_message_at = $1 "
      "WHERE id = $2",
      store::params(now, thread_id));
  if (!up) return up.error();
  return r->rows.front().integer(0);
}

Status edit_message(store::Conn& c, std::int64_t message_id, const std::string& body,
                    const std::string& now) {
  auto r = c.query(
      "UPDATE discussion_messages SET body_md = $1, edited_at = $2 WHERE id = $3 "
      "AND deleted_at IS NULL",
      store::params(body, now, message_id));
  if (!r) return r.error();
  return {};
}

Result<bool> remove_message(store::Conn& c, std::int64_t message_id, std::int64_t by,
                            const std::string& now) {
  auto r = c.query(
      "UPDATE discussion_messages SET body_md = '', deleted_at = $1, deleted_by = $2 "
      "WHERE id = $3 AND deleted_at IS NULL RETURNING id",
      store::params(now, by, message_id));
  if (!r) return r.error();
  return !r->empty();
}

}  // namespace comdev::teams::discussion_store
