#include "features/housekeeping/housekeeping_store.h"

#include "web/session.h"

namespace comdev::housekeeping::housekeeping_store {

Result<Purged> purge(store::Db& db, const Cutoffs& c) {
  struct Step {
    const char* what;
    const char* sql;
    const std::string& before;
  };
  const Step steps[] = {
      {"anonymous sessions", "DELETE FROM sessions WHERE member_id IS NULL AND created_at < $1",
       c.anonymous_sessions},
      {"mail links",
       "DELETE FROM email_tokens WHERE expires_at < $1 OR (used_at IS NOT NULL AND used_at < $1)",
       c.email_tokens},
      {"rate-limit counters", "DELETE FROM rate_limits WHERE window_start < $1", c.rate_limits},
      {"e-mail log", "DELETE FROM email_log WHERE sent_at < $1", c.email_log},
      {"digest runs", "DELETE FROM digest_runs WHERE claimed_at < $1", c.digest_runs},
      {"read notifications", "DELETE FROM notifications WHERE read_at IS NOT NULL AND read_at < $1",
       c.read_notifications},
      {"finished jobs", "DELETE FROM job_queue WHERE COALESCE(done_at, failed_at) < $1",
       c.finished_jobs},
  };
  Purged out;
  // Expired sessions through the sessions' own purge.
  auto expired = web::session_store::purge_expired(db);
  if (!expired) return expired.error();
  out.emplace_back("expired sessions", *expired);
  for (const auto& s : steps) {
    auto r = db.query(s.sql, store::params(s.before));
    if (!r) return r.error();
    out.emplace_back(s.what, r->affected);
  }
  return out;
}

}  // namespace comdev::housekeeping::housekeeping_store
