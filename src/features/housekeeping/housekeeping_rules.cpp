#include "features/housekeeping/housekeeping_rules.h"

#include <charconv>
#include <string>

namespace comdev::housekeeping {
namespace {

// A whole number of units from 1 to 3650 in `name`, or `fallback` when the setting is absent.
template <class Duration>
Status read(const Getenv& env, const char* name, Duration& out) {
  auto v = env(name);
  if (!v) return {};
  int n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size() || n < 1 || n > 3650) {
    return Error::invalid("errors.invalid", {})
        .with_detail(std::string(name) + ": a whole number from 1 to 3650");
  }
  out = Duration(n);
  return {};
}

}  // namespace

Result<Retention> retention_from(const Getenv& env) {
  Retention r;
  for (auto st : {read(env, "COMDEV_RETENTION_ANONYMOUS_SESSIONS_HOURS", r.anonymous_sessions),
                  read(env, "COMDEV_RETENTION_EMAIL_TOKENS_DAYS", r.email_tokens),
                  read(env, "COMDEV_RETENTION_RATE_LIMITS_DAYS", r.rate_limits),
                  read(env, "COMDEV_RETENTION_EMAIL_LOG_DAYS", r.email_log),
                  read(env, "COMDEV_RETENTION_DIGEST_RUNS_DAYS", r.digest_runs),
                  read(env, "COMDEV_RETENTION_READ_NOTIFICATIONS_DAYS", r.read_notifications),
                  read(env, "COMDEV_RETENTION_FINISHED_JOBS_DAYS", r.finished_jobs)}) {
    if (!st) return st.error();
  }
  return r;
}

Cutoffs cutoffs(const Retention& r, core::Seconds now) {
  return {core::iso(now),
          core::iso(now - r.anonymous_sessions),
          core::iso(now - r.email_tokens),
          core::iso(now - r.rate_limits),
          core::iso(now - r.email_log),
          core::iso(now - r.digest_runs),
          core::iso(now - r.read_notifications),
          core::iso(now - r.finished_jobs)};
}

}  // namespace comdev::housekeeping
