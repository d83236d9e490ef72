// How long the platform keeps what it writes for its own running — sessions, mail links, rate
// counters, the e-mail log behind the notification budget, digest runs, read notifications,
// finished background jobs — before the daily purge erases it (docs/privacy.md). Pure: settings
// and time come from the caller.
//
// What is not here is kept on purpose: the audit log (the trust rules' record of who did what),
// the money's ledger and receipts (legal retention), and what members wrote.
#pragma once

#include <chrono>

#include "core/config.h"
#include "core/result.h"
#include "core/time.h"

namespace comdev::housekeeping {

struct Retention {
  // Sessions nobody signed in to (a sign-in or sign-up form was shown): a day is enough to
  // fill the form. Expired sessions go as soon as they expire, whatever this says.
  std::chrono::hours anonymous_sessions{24};
  // Mail links (confirm, reset, change of address) once expired or used.
  std::chrono::days email_tokens{7};
  // Rate-limit counters whose window ended (every window is shorter than this).
  std::chrono::days rate_limits{1};
  // The e-mail log counts what a member was sent against the notification budget (7 days).
  std::chrono::days email_log{90};
  // Digest runs; an unsubscribe link of a digest older than this no longer works (the member
  // then unsubscribes from their account).
  std::chrono::days digest_runs{180};
  // Notifications the member has read.
  std::chrono::days read_notifications{180};
  // Background jobs done or given up.
  std::chrono::days finished_jobs{30};
};

// The settings COMDEV_RETENTION_<NAME>_DAYS (COMDEV_RETENTION_ANONYMOUS_SESSIONS_HOURS for the
// first), each a whole number from 1 to 3650; absent: the default above. A bad value is an error
// naming the setting.
Result<Retention> retention_from(const Getenv& env);

// The instants before which rows are erased, as stored (ISO UTC).
struct Cutoffs {
  std::string now, anonymous_sessions, email_tokens, rate_limits, email_log, digest_runs,
      read_notifications, finished_jobs;
};
Cutoffs cutoffs(const Retention& r, core::Seconds now);

}  // namespace comdev::housekeeping
