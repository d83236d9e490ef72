// The digest job: finds the members whose digest is due, composes each one from the matching
// service, and sends it — once, even with several instances running the job on one database:
// an instance sends a digest only after winning its claim row (digest_store::claim), and a send
// that failed is retried by any instance once the claim's lease has passed.
//
// Thread-safety: send_due may run on several threads and processes at once (that is the point).
#pragma once

#include <atomic>
#include <memory>
#include <string_view>

#include "core/config.h"
#include "core/result.h"
#include "core/time.h"
#include "features/matching/matching_service.h"
#include "jobs/scheduler.h"
#include "mail/mailer.h"
#include "store/db.h"

namespace comdev::digest {

struct Report {
  int looked_at = 0;  // members whose digest was due
  int sent = 0;       // e-mails sent
  int empty = 0;      // nothing new: no e-mail
  int lost = 0;       // another instance held the claim, or the budget was spent meanwhile
  int failed = 0;     // the relay refused: retried after the lease
};

// One pass over every due member at time `now` (tests pass their own clock). Links in the
// e-mails start with `base_url`. Errors are database errors; a refused e-mail is counted, not
// returned. The service is read as it is: call its catch_up() first to include this process's
// latest writes. `stop`, when given and set, ends the pass before the next member (shutdown).
Result<Report> send_due(store::Db& db, matching::Service& matching, mail::Mailer& mailer,
                        std::string_view base_url, core::Seconds now,
                        const std::atomic<bool>* stop = nullptr);

// Registers send_due with the scheduler every `config.digest_period_seconds` (the first run one
// period after the job's row is made). The job holds the matching service, so it outlives runs.
// REQUIRES: db, mailer and config outlive the scheduler's runs; config.digest_period_seconds > 0.
void schedule(jobs::Scheduler& jobs, store::Db& db, std::shared_ptr<matching::Service> matching,
              mail::Mailer& mailer, const Config& config);

}  // namespace comdev::digest
