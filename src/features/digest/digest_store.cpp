#include "features/digest/digest_store.h"

#include "features/audit/audit_store.h"
#include "features/digest/digest_rules.h"

namespace comdev::digest::digest_store {
namespace {

Frequency frequency_of(const std::string& s) {
  return parse_frequency(s).value_or(Frequency::off);
}

}  // namespace

Result<std::optional<Settings>> settings(store::Db& db, std::int64_t member_id) {
  auto rows = db.query("SELECT frequency, since FROM digest_settings WHERE member_id = $1",
                       store::params(member_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Settings>{};
  const auto& r = rows->rows.front();
  return std::optional<Settings>{Settings{frequency_of(r.text(0)), r.text(1)}};
}

Status set_frequency(store::Db& db, std::int64_t member_id, Frequency f, core::Seconds now) {
  std::string at = core::iso(now);
  auto r = db.transaction<std::monostate>([&](store::Conn& c) -> Result<std::monostate> {
    // `since` restarts only when the digest goes from off to on: changing daily to weekly keeps
    // the needs already waiting.
    auto up = c.query(
        "INSERT INTO digest_settings (member_id, frequency, since, updated_at) "
        "VALUES ($1, $2, $3, $3) "
        "ON CONFLICT (member_id) DO UPDATE SET frequency = excluded.frequency, "
        "updated_at = excluded.updated_at, "
        "since = CASE WHEN digest_settings.frequency = 'off' THEN excluded.since "
        "ELSE digest_settings.since END",
        store::params(member_id, name(f), at));
    if (!up) return up.error();
    if (auto st = audit::audit_store::record(c, member_id, "digest.frequency", "member", member_id,
                                             name(f));
        !st) {
      return st.error();
    }
    return std::monostate{};
  });
  if (!r) return r.error();
  return {};
}

Result<std::int64_t> skill_count(store::Db& db, std::int64_t member_id) {
  auto rows =
      db.query("SELECT COUNT(*) FROM member_skills WHERE member_id = $1", store::params(member_id));
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Result<std::vector<Candidate>> due(store::Db& db, core::Seconds now, std::int64_t after_id,
                                   int limit) {
  auto rows = db.query(
      "SELECT s.member_id, s.frequency, s.since, m.email, m.display_name, m.preferred_lang "
      "FROM digest_settings s JOIN members m ON m.id = s.member_id "
      "WHERE s.frequency IN ('daily', 'weekly') AND s.member_id > $6 "
      "AND m.deleted_at IS NULL AND m.anonymised_at IS NULL AND m.email_verified_at IS NOT NULL "
      "AND NOT EXISTS (SELECT 1 FROM digest_runs r WHERE r.member_id = s.member_id "
      "  AND r.period_key = CASE WHEN s.frequency = 'daily' THEN $1 ELSE $2 END "
      "  AND (r.status = 'sent' OR (r.locked_until > $3 AND NOT (r.status = 'empty' AND (EXISTS "
      "    (SELECT 1 FROM needs n WHERE n.status IN ('open', 'discussion') "
      "      AND n.created_at >= r.claimed_at) "
      "    OR EXISTS (SELECT 1 FROM notifications x WHERE x.member_id = s.member_id "
      "      AND x.in_digest = 1 AND x.created_at >= r.claimed_at)))))) "
      "AND NOT EXISTS (SELECT 1 FROM email_log e WHERE e.member_id = s.member_id "
      "  AND e.sent_at > CASE WHEN s.frequency = 'daily' THEN $4 ELSE $5 END) "
      "ORDER BY s.member_id LIMIT $7",
      store::params(period_key(Frequency::daily, now), period_key(Frequency::weekly, now),
                    core::iso(now), core::iso(budget_window_start(Frequency::daily, now)),
                    core::iso(budget_window_start(Frequency::weekly, now)), after_id, limit));
  if (!rows) return rows.error();
  std::vector<Candidate> out;
  out.reserve(rows->rows.size());
  for (const auto& r : rows->rows) {
    out.push_back(Candidate{r.integer(0), frequency_of(r.text(1)), r.text(2), r.text(3), r.text(4),
                            r.text(5)});
  }
  return out;
}

Result<std::vector<NewNeed>> new_needs(store::Db& db, std::int64_t member_id,
                                       const std::vector<std::int64_t>& ids,
                                       const std::string& since, core::Seconds now) {
  std::vector<NewNeed> out;
  if (ids.empty()) return out;
  std::vector<store::Value> params = store::params(member_id, since, core::iso(now));
  std::string in;
  for (auto id : ids) {
    params.emplace_back(id);
    if (!in.empty()) in += ", ";
    in += "$" + std::to_string(params.size());
  }
  // A need under discussion (someone invited) still looks for experts, as matching says.
  auto rows = db.query(
      "SELECT n.id, n.title, n.created_at, p.title, t.name_fr, t.name_ar "
      "FROM needs n JOIN projects p ON p.id = n.project_id "
      "JOIN territories t ON t.id = p.territory_id "
      "WHERE n.id IN (" +
          in +
          ") AND n.kind = 'skill' AND n.status IN ('open', 'discussion') "
          "AND n.created_at > $2 AND n.created_at <= $3 "
          "AND (n.created_by IS NULL OR n.created_by <> $1) "
          "AND NOT EXISTS (SELECT 1 FROM need_invitations i "
          "  WHERE i.need_id = n.id AND i.expert_id = $1) "
          "AND NOT EXISTS (SELECT 1 FROM need_offers o WHERE o.need_id = n.id AND o.expert_id = "
          "$1)",
      params);
  if (!rows) return rows.error();
  for (const auto& r : rows->rows) {
    out.push_back(NewNeed{r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)});
  }
  return out;
}

Result<bool> claim(store::Db& db, std::int64_t member_id, const std::string& period_key,
                   core::Seconds now, core::Seconds window_start, const std::string& token_hash) {
  std::string at = core::iso(now);
  return db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    // The settings row is the member's lock: two instances (or two periods, after a change of
    // frequency) claiming for one member run one after the other, and the second sees the first.
    auto lock = c.query(
        "UPDATE digest_settings SET updated_at = updated_at "
        "WHERE member_id = $1 AND frequency <> 'off'",
        store::params(member_id));
    if (!lock) return lock.error();
    if (lock->affected == 0) return false;
    auto spent = c.query("SELECT COUNT(*) FROM email_log WHERE member_id = $1 AND sent_at > $2",
                         store::params(member_id, core::iso(window_start)));
    if (!spent) return spent.error();
    if (spent->rows.front().integer(0) > 0) return false;
    auto other = c.query(
        "SELECT COUNT(*) FROM digest_runs WHERE member_id = $1 AND period_key <> $2 "
        "AND status = 'claimed' AND locked_until > $3",
        store::params(member_id, period_key, at));
    if (!other) return other.error();
    if (other->rows.front().integer(0) > 0) return false;
    // Inserted, or taken over from an empty look (another instance, whose index had not seen
    // the new need yet, found nothing) or from a claim whose sender gave up (lease passed);
    // never from a sent digest or a live claim.
    auto won = c.query(
        "INSERT INTO digest_runs (member_id, period_key, status, locked_until, claimed_at, "
        "unsubscribe_token_hash) VALUES ($1, $2, 'claimed', $3, $4, $5) "
        "ON CONFLICT (member_id, period_key) DO UPDATE SET status = 'claimed', "
        "locked_until = excluded.locked_until, claimed_at = excluded.claimed_at, "
        "unsubscribe_token_hash = excluded.unsubscribe_token_hash "
        "WHERE digest_runs.status = 'empty' OR (digest_runs.status = 'claimed' "
        "AND digest_runs.locked_until <= excluded.claimed_at) "
        "RETURNING id",
        store::params(member_id, period_key, core::iso(now + kClaimLease), at, token_hash));
    if (!won) return won.error();
    return !won->rows.empty();
  });
}

Status mark_sent(store::Db& db, std::int64_t member_id, const std::string& period_key,
                 core::Seconds now, const std::string& composed_at, int needs_count) {
  std::string at = core::iso(now);
  auto r = db.transaction<std::monostate>([&](store::Conn& c) -> Result<std::monostate> {
    // The settings row first, as claim() does: the same lock order, so the two never deadlock.
    auto since = c.query(
        "UPDATE digest_settings SET since = CASE WHEN since < $2 THEN $2 ELSE since END "
        "WHERE member_id = $1",
        store::params(member_id, composed_at));
    if (!since) return since.error();
    auto run = c.query(
        "UPDATE digest_runs SET status = 'sent', sent_at = $3, needs_count = $4 "
        "WHERE member_id = $1 AND period_key = $2",
        store::params(member_id, period_key, at, needs_count));
    if (!run) return run.error();
    // The e-mail went out whatever happened to the claim meanwhile: it counts in the budget.
    auto log = c.query("INSERT INTO email_log (member_id, kind, sent_at) VALUES ($1, 'digest', $2)",
                       store::params(member_id, at));
    if (!log) return log.error();
    return std::monostate{};
  });
  if (!r) return r.error();
  return {};
}

Status mark_empty(store::Db& db, std::int64_t member_id, const std::string& period_key,
                  core::Seconds now, core::Seconds recheck_at) {
  auto rows = db.query(
      "INSERT INTO digest_runs (member_id, period_key, status, locked_until, claimed_at) "
      "VALUES ($1, $2, 'empty', $3, $4) "
      "ON CONFLICT (member_id, period_key) DO UPDATE SET status = 'empty', "
      "locked_until = excluded.locked_until, claimed_at = excluded.claimed_at "
      "WHERE digest_runs.status <> 'sent' AND (digest_runs.status = 'empty' "
      "OR digest_runs.locked_until <= excluded.claimed_at)",
      store::params(member_id, period_key, core::iso(recheck_at), core::iso(now)));
  if (!rows) return rows.error();
  return {};
}

Result<std::optional<std::int64_t>> member_for_token(store::Db& db, const std::string& token_hash) {
  auto rows = db.query(
      "SELECT r.member_id FROM digest_runs r JOIN members m ON m.id = r.member_id "
      "WHERE r.unsubscribe_token_hash = $1 AND m.deleted_at IS NULL AND m.anonymised_at IS NULL",
      store::params(token_hash));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows->rows.front().integer(0)};
}

Result<std::optional<std::int64_t>> unsubscribe(store::Db& db, const std::string& token_hash,
                                                core::Seconds now) {
  using Out = std::optional<std::int64_t>;
  return db.transaction<Out>([&](store::Conn& c) -> Result<Out> {
    auto who = c.query(
        "SELECT r.member_id FROM digest_runs r JOIN members m ON m.id = r.member_id "
        "WHERE r.unsubscribe_token_hash = $1 AND m.deleted_at IS NULL "
        "AND m.anonymised_at IS NULL",
        store::params(token_hash));
    if (!who) return who.error();
    if (who->empty()) return Out{};
    std::int64_t member_id = who->rows.front().integer(0);
    auto off = c.query(
        "UPDATE digest_settings SET frequency = 'off', updated_at = $2 "
        "WHERE member_id = $1 AND frequency <> 'off'",
        store::params(member_id, core::iso(now)));
    if (!off) return off.error();
    if (off->affected > 0) {
      if (auto st = audit::audit_store::record(c, member_id, "digest.unsubscribed", "member",
                                               member_id, "one-click link");
          !st) {
        return st.error();
      }
    }
    return Out{member_id};
  });
}

}  // namespace comdev::digest::digest_store
