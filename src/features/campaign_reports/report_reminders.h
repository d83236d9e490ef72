// The reminders of the law 18-18 report: for each closed campaign whose report is not marked
// sent, an e-mail to the collecting organisation's treasurers and representatives seven days and
// one day before it is due, and once its due day has passed one e-mail to the animators — each
// in its recipient's language, through the application's mailer.
//
// Each reminder is sent once, however many instances run the job and however often: a pass
// first claims the reminder's row (campaign, kind) in its own transaction, and only the pass that
// inserted it sends. A claim none of whose e-mails could go is given back for a later pass.
#pragma once

#include <chrono>
#include <string>

#include "core/result.h"
#include "core/time.h"
#include "jobs/scheduler.h"
#include "mail/mailer.h"
#include "store/db.h"

namespace comdev::campaign_reports {

struct Reminded {
  int reminders = 0;  // reminders this pass claimed
  int mails = 0;      // e-mails sent
};

// One pass at `now` (the scheduler's clock, or a test's). Links start with `base_url`.
Result<Reminded> send_reminders(store::Db& db, mail::Mailer& mailer, const std::string& base_url,
                                core::Seconds now);

// Registers send_reminders with the scheduler, hourly.
// REQUIRES: db, mailer and `base_url` outlive the scheduler's runs.
void schedule(jobs::Scheduler& jobs, store::Db& db, mail::Mailer& mailer,
              const std::string& base_url);

}  // namespace comdev::campaign_reports
