// The decisions' closing job on the shared scheduler: every minute, the outcome of every due
// decision of every project is recorded, so that it stands at the deadline even in a project
// nobody opens (the first reader's close_due stays: same votes, same outcome). Safe with several
// instances: the scheduler runs a pass on one of them, and each decision is closed by one
// transaction only (decision_actions.h), which alone writes the activity event.
#include "core/log.h"
#include "features/decisions/decision_actions.h"
#include "features/decisions/decision_module.h"

namespace comdev::decisions {

void schedule_closing(jobs::Scheduler& jobs, store::Db& db) {
  // A minute late at most; a pass reads one index of open decisions, so it costs next to nothing.
  jobs.every(std::string(kClosingJob), std::chrono::minutes(1), std::chrono::seconds(0),
             std::chrono::minutes(5), [&db](core::Seconds now, const std::atomic<bool>&) -> Status {
               auto closed = close_all_due(db, now);
               if (!closed) return closed.error();
               if (*closed > 0) log::info("decisions.closed", {{"closed", *closed}});
               return {};
             });
}

}  // namespace comdev::decisions
