#include "features/meetings/meeting_store.h"

namespace comdev::meetings::meeting_store {
namespace {

constexpr const char* kColumns =
    "SELECT g.id, g.project_id, p.title, g.title, g.local_start, g.local_end, g.time_zone, "
    "g.starts_at, g.ends_at, g.place, g.video_url, g.agenda_md, g.minutes_md, g.created_at, "
    "g.updated_at, g.sequence, COALESCE(g.cancelled_at, ''), g.cancel_reason "
    "FROM meetings g JOIN projects p ON p.id = g.project_id ";

Meeting from_row(const store::Row& r) {
  Meeting m;
  m.id = r.integer(0);
  m.project_id = r.integer(1);
  m.project_title = r.text(2);
  m.title = r.text(3);
  // Written by insert() from a resolved civil time; a row that does not read back is a bug
  // elsewhere, and shows as 1970 rather than failing the page.
  if (auto s = civiltime::parse_text(r.text(4))) m.local_start = *s;
  if (auto e = civiltime::parse_text(r.text(5))) m.local_end = *e;
  m.time_zone = r.text(6);
  m.starts_at = r.text(7);
  m.ends_at = r.text(8);
  m.place = r.text(9);
  m.video_url = r.text(10);
  m.agenda_md = r.text(11);
  m.minutes_md = r.text(12);
  m.created_at = r.text(13);
  m.updated_at = r.text(14);
  m.sequence = r.integer(15);
  m.cancelled_at = r.text(16);
  m.cancel_reason = r.text(17);
  return m;
}

Result<std::vector<Meeting>> many(Result<store::Rows> rows) {
  if (!rows) return rows.error();
  std::vector<Meeting> out;
  out.reserve(rows->rows.size());
  for (const auto& r : rows->rows) out.push_back(from_row(r));
  return out;
}

Status done(const Result<store::Rows>& r) {
  if (!r) return r.error();
  return {};
}

}  // namespace

Result<std::optional<Meeting>> find(store::Conn& c, std::int64_t id) {
  auto rows = c.query(std::string(kColumns) + "WHERE g.id = $1", store::params(id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Meeting>{};
  return std::optional<Meeting>{from_row(rows->rows.front())};
}

Result<std::vector<Meeting>> of_project(store::Conn& c, std::int64_t project_id, int limit) {
  return many(c.query(std::string(kColumns) +
                          "WHERE g.project_id = $1 ORDER BY g.starts_at DESC, g.id DESC LIMIT $2",
                      store::params(project_id, limit)));
}

Result<std::vector<Meeting>> of_projects(store::Conn& c, const std::vector<std::int64_t>& projects,
                                         const std::string& from, const std::string& to) {
  if (projects.empty()) return std::vector<Meeting>{};
  std::vector<store::Value> params = store::params(from, to);
  std::string in;
  for (auto id : projects) {
    params.emplace_back(id);
    if (!in.empty()) in += ", ";
    in += "$" + std::to_string(params.size());
  }
  return many(c.query(std::string(kColumns) + "WHERE g.project_id IN (" + in +
                          ") AND g.ends_at > $1 AND g.starts_at < $2 ORDER BY g.starts_at, g.id",
                      params));
}

Result<std::vector<Rsvp>> answers(store::Conn& c, std::int64_t meeting_id) {
  auto rows = c.query(
      "SELECT r.member_id, m.display_name, r.answer FROM meeting_rsvps r "
      "JOIN members m ON m.id = r.member_id WHERE r.meeting_id = $1 AND m.deleted_at IS NULL "
      "ORDER BY m.display_name, r.member_id",
      store::params(meeting_id));
  if (!rows) return rows.error();
  std::vector<Rsvp> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), r.text(1), parse_answer(r.text(2)).value_or(Answer::maybe)});
  }
  return out;
}

Result<std::optional<Answer>> answer_of(store::Conn& c, std::int64_t meeting_id,
                                        std::int64_t member_id) {
  auto rows = c.query("SELECT answer FROM meeting_rsvps WHERE meeting_id = $1 AND member_id = $2",
                      store::params(meeting_id, member_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Answer>{};
  return parse_answer(rows->rows.front().text(0));
}

Result<std::string> member_zone(store::Conn& c, std::int64_t member_id) {
  auto rows = c.query("SELECT time_zone FROM members WHERE id = $1", store::params(member_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::string{};
  return rows->rows.front().opt_text(0).value_or("");
}

Result<std::int64_t> feed_owner(store::Conn& c, const std::string& hash) {
  auto rows = c.query(
      "SELECT f.member_id FROM calendar_feeds f JOIN members m ON m.id = f.member_id "
      "WHERE f.token_hash = $1 AND m.deleted_at IS NULL",
      store::params(hash));
  if (!rows) return rows.error();
  return rows->empty() ? 0 : rows->rows.front().integer(0);
}

Result<bool> has_feed(store::Conn& c, std::int64_t member_id) {
  auto rows =
      c.query("SELECT 1 FROM calendar_feeds WHERE member_id = $1", store::params(member_id));
  if (!rows) return rows.error();
  return !rows->empty();
}

Result<std::int64_t> insert(store::Conn& c, std::int64_t project_id, const MeetingInput& in,
                            std::int64_t by, const std::string& now) {
  auto rows = c.query(
      "INSERT INTO meetings (project_id, title, local_start, local_end, time_zone, starts_at, "
      "ends_at, place, video_url, agenda_md, created_by, created_at, updated_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
      store::params(project_id, in.title, civiltime::to_text(in.start.local),
                    civiltime::to_text(in.end.local), in.start.zone, core::iso(in.start.utc),
                    core::iso(in.end.utc), in.place, in.video_url, in.agenda_md, by, now));
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Status update(store::Conn& c, std::int64_t id, const MeetingInput& in, const std::string& now) {
  return done(c.query(
      "UPDATE meetings SET title = $2, local_start = $3, local_end = $4, time_zone = $5, "
      "starts_at = $6, ends_at = $7, place = $8, video_url = $9, agenda_md = $10, "
      "updated_at = $11, sequence = sequence + 1 WHERE id = $1",
      store::params(id, in.title, civiltime::to_text(in.start.local),
                    civiltime::to_text(in.end.local), in.start.zone, core::iso(in.start.utc),
                    core::iso(in.end.utc), in.place, in.video_url, in.agenda_md, now)));
}

Result<bool> lock_open(store::Conn& c, std::int64_t id) {
  // A no-op write takes the row's lock (PostgreSQL) or the write lock (SQLite) until commit.
  auto rows = c.query(
      "UPDATE meetings SET sequence = sequence WHERE id = $1 AND cancelled_at IS NULL "
      "RETURNING id",
      store::params(id));
  if (!rows) return rows.error();
  return !rows->empty();
}

Result<bool> cancel(store::Conn& c, std::int64_t id, const std::string& reason, std::int64_t by,
                    const std::string& now) {
  auto rows = c.query(
      "UPDATE meetings SET cancelled_at = $2, cancel_reason = $3, cancelled_by = $4, "
      "updated_at = $2, sequence = sequence + 1 WHERE id = $1 AND cancelled_at IS NULL "
      "RETURNING id",
      store::params(id, now, reason, by));
  if (!rows) return rows.error();
  return !rows->empty();
}

Status set_minutes(store::Conn& c, std::int64_t id, const std::string& minutes_md,
                   const std::string& now) {
  return done(
      c.query("UPDATE meetings SET minutes_md = $2, updated_at = $3, sequence = sequence + 1 "
              "WHERE id = $1",
              store::params(id, minutes_md, now)));
}

Status put_answer(store::Conn& c, std::int64_t meeting_id, std::int64_t member_id, Answer a,
                  const std::string& now) {
  return done(
      c.query("INSERT INTO meeting_rsvps (meeting_id, member_id, answer, answered_at) "
              "VALUES ($1, $2, $3, $4) ON CONFLICT (meeting_id, member_id) DO UPDATE SET "
              "answer = excluded.answer, answered_at = excluded.answered_at",
              store::params(meeting_id, member_id, std::string(name(a)), now)));
}

Status set_member_zone(store::Conn& c, std::int64_t member_id, const std::string& zone) {
  std::optional<std::string> value;
  if (!zone.empty()) value = zone;
  return done(
      c.query("UPDATE members SET time_zone = $2 WHERE id = $1", store::params(member_id, value)));
}

Status put_feed(store::Conn& c, std::int64_t member_id, const std::string& hash,
                const std::string& now) {
  return done(
      c.query("INSERT INTO calendar_feeds (member_id, token_hash, created_at) VALUES ($1, $2, $3) "
              "ON CONFLICT (member_id) DO UPDATE SET token_hash = excluded.token_hash, "
              "created_at = excluded.created_at",
              store::params(member_id, hash, now)));
}

Status delete_feed(store::Conn& c, std::int64_t member_id) {
  return done(c.query("DELETE FROM calendar_feeds WHERE member_id = $1", store::params(member_id)));
}

}  // namespace comdev::meetings::meeting_store
