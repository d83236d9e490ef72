// The response-time rule that keeps mobilisation alive: an invitation or offer left unanswered
// past its expiry expires, with a courteous notice to both sides (the carrier's links to the
// need's page, where the next experts now show, since those already invited are left out).
// The same pass withdraws what is still open on needs since satisfied or closed, and what is
// addressed to or made by a member who deleted their account.
//
// Safe with several instances: each row is claimed by one UPDATE … WHERE status = 'open'
// RETURNING, and only the claiming instance sends its notices.
#pragma once

#include <chrono>
#include <string>

#include "core/result.h"
#include "core/time.h"
#include "jobs/scheduler.h"
#include "mail/mailer.h"
#include "store/db.h"

namespace comdev::mobilisation {

struct Expired {
  int invitations = 0;
  int offers = 0;
  int withdrawn = 0;  // invitations and offers withdrawn (need finished, account deleted)
  int mails = 0;
};

// One pass at `now`: claims and expires in one transaction, then sends the notices.
Result<Expired> expire_due(store::Db& db, mail::Mailer& mailer, const std::string& base_url,
                           core::Seconds now);

// Registers expire_due with the scheduler every `period`, the first run at once.
// REQUIRES: db, mailer and `base_url` (read at each run: the Config's) outlive the scheduler's
// runs.
void schedule(jobs::Scheduler& jobs, store::Db& db, mail::Mailer& mailer,
              const std::string& base_url, std::chrono::seconds period);

}  // namespace comdev::mobilisation
