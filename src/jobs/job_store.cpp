#include "jobs/job_store.h"

namespace comdev::jobs::job_store {
namespace {

// "$first, $first+1, …" for a list of parameters appended after the fixed ones.
std::string placeholders(std::size_t first, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    if (i) out += ", ";
    out += "$" + std::to_string(first + i);
  }
  return out;
}

}  // namespace

Status ensure(store::Db& db, std::string_view name, core::Seconds first_run_at,
              core::Seconds latest_run_at) {
  auto r = db.query(
      "INSERT INTO job_schedule (name, run_at) VALUES ($1, $2) "
      "ON CONFLICT (name) DO UPDATE SET run_at = $3 WHERE job_schedule.run_at > $3",
      store::params(name, core::iso(first_run_at), core::iso(latest_run_at)));
  if (!r) return r.error();
  return {};
}

Result<bool> claim(store::Db& db, std::string_view name, std::string_view instance,
                   core::Seconds now, core::Seconds lease_until) {
  auto r = db.query(
      "UPDATE job_schedule SET claimed_by = $2, claimed_until = $3, attempts = attempts + 1 "
      "WHERE name = $1 AND run_at <= $4 AND (claimed_until IS NULL OR claimed_until <= $4)",
      store::params(name, instance, core::iso(lease_until), core::iso(now)));
  if (!r) return r.error();
  return r->affected == 1;
}

Status release(store::Db& db, std::string_view name, std::string_view instance, core::Seconds now,
               core::Seconds next_run_at, std::string_view error) {
  // A success forgets the attempts; a failure keeps them, so the next delay grows.
  auto r = db.query(
      "UPDATE job_schedule SET claimed_by = NULL, claimed_until = NULL, run_at = $3, "
      "last_run_at = $4, last_error = $5, "
      "attempts = CASE WHEN $6 = 1 THEN 0 ELSE attempts END "
      "WHERE name = $1 AND claimed_by = $2",
      store::params(name, instance, core::iso(next_run_at), core::iso(now),
                    error.empty() ? std::optional<std::string>() : std::string(error),
                    error.empty() ? 1 : 0));
  if (!r) return r.error();
  return {};
}

Result<std::optional<Schedule>> find(store::Db& db, std::string_view name) {
  auto r = db.query(
      "SELECT name, run_at, claimed_by, last_run_at, last_error, attempts FROM job_schedule "
      "WHERE name = $1",
      store::params(name));
  if (!r) return r.error();
  if (r->rows.empty()) return std::optional<Schedule>();
  const auto& row = r->rows.front();
  return std::optional<Schedule>(Schedule{row.text(0), row.text(1), row.text(2), row.text(3),
                                          row.text(4), static_cast<int>(row.integer(5))});
}

Result<std::optional<core::Seconds>> next_due(store::Db& db,
                                              const std::vector<std::string>& names) {
  if (names.empty()) return std::optional<core::Seconds>();
  std::vector<store::Value> params;
  for (const auto& n : names) params.emplace_back(n);
  // A held job is due again for the others when its lease ends.
  auto r = db.query(
      "SELECT MIN(CASE WHEN claimed_until IS NOT NULL AND claimed_until > run_at "
      "THEN claimed_until ELSE run_at END) FROM job_schedule WHERE name IN (" +
          placeholders(1, names.size()) + ")",
      params);
  if (!r) return r.error();
  if (r->rows.empty() || r->rows.front().is_null(0)) return std::optional<core::Seconds>();
  return core::parse_iso(r->rows.front().text(0));
}

Result<std::int64_t> enqueue(store::Conn& c, std::string_view kind, std::string_view payload,
                             core::Seconds run_at, std::string_view dedupe_key, core::Seconds now) {
  auto key = dedupe_key.empty() ? std::optional<std::string>() : std::string(dedupe_key);
  auto r = c.query(
      "INSERT INTO job_queue (kind, payload, dedupe_key, run_at, created_at) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
      store::params(kind, payload, key, core::iso(run_at), core::iso(now)));
  if (!r) return r.error();
  if (!r->rows.empty()) return r->rows.front().integer(0);
  auto first = c.query("SELECT id FROM job_queue WHERE dedupe_key = $1", store::params(key));
  if (!first) return first.error();
  if (first->rows.empty()) return Error::internal("queued job vanished");
  return first->rows.front().integer(0);
}

Result<std::optional<Queued>> claim_next(store::Db& db, const std::vector<std::string>& kinds,
                                         std::string_view instance, core::Seconds now,
                                         core::Seconds lease_until) {
  if (kinds.empty()) return std::optional<Queued>();
  std::vector<store::Value> params =
      store::params(instance, core::iso(lease_until), core::iso(now));
  for (const auto& k : kinds) params.emplace_back(k);
  // PostgreSQL: SKIP LOCKED lets concurrent claimers pass over a row another is taking instead
  // of waiting and then updating it twice. SQLite runs one writer at a time: the statement alone
  // is the lock.
  std::string lock = db.dialect() == store::Dialect::postgres ? " FOR UPDATE SKIP LOCKED" : "";
  auto r = db.query(
      "UPDATE job_queue SET claimed_by = $1, claimed_until = $2, attempts = attempts + 1 "
      "WHERE id = (SELECT id FROM job_queue WHERE done_at IS NULL AND failed_at IS NULL "
      "AND run_at <= $3 AND (claimed_until IS NULL OR claimed_until <= $3) AND kind IN (" +
          placeholders(4, kinds.size()) + ") ORDER BY run_at, id LIMIT 1" + lock +
          ") RETURNING id, kind, payload, attempts",
      params);
  if (!r) return r.error();
  if (r->rows.empty()) return std::optional<Queued>();
  const auto& row = r->rows.front();
  return std::optional<Queued>(
      Queued{row.integer(0), row.text(1), row.text(2), static_cast<int>(row.integer(3))});
}

Status mark_done(store::Db& db, std::int64_t id, std::string_view instance, core::Seconds now) {
  auto r = db.query(
      "UPDATE job_queue SET done_at = $3, claimed_by = NULL, claimed_until = NULL, "
      "last_error = NULL WHERE id = $1 AND claimed_by = $2",
      store::params(id, instance, core::iso(now)));
  if (!r) return r.error();
  return {};
}

Status mark_failed(store::Db& db, std::int64_t id, std::string_view instance, core::Seconds now,
                   core::Seconds run_at, bool give_up, std::string_view error) {
  auto r = db.query(
      "UPDATE job_queue SET claimed_by = NULL, claimed_until = NULL, run_at = $3, "
      "failed_at = $4, last_error = $5 WHERE id = $1 AND claimed_by = $2",
      store::params(id, instance, core::iso(run_at),
                    give_up ? std::optional<std::string>(core::iso(now)) : std::nullopt, error));
  if (!r) return r.error();
  return {};
}

Result<std::optional<QueueRow>> find_queued(store::Db& db, std::int64_t id) {
  auto r = db.query(
      "SELECT id, kind, run_at, done_at, failed_at, last_error, attempts FROM job_queue "
      "WHERE id = $1",
      store::params(id));
  if (!r) return r.error();
  if (r->rows.empty()) return std::optional<QueueRow>();
  const auto& row = r->rows.front();
  return std::optional<QueueRow>(QueueRow{row.integer(0), row.text(1), row.text(2), row.text(3),
                                          row.text(4), row.text(5),
                                          static_cast<int>(row.integer(6))});
}

}  // namespace comdev::jobs::job_store
