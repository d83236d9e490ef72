// The decision use cases, shared by the pages and the API: each checks the policy
// (decision_permissions.h) and the rules (decision_rules.h) against the caller's clock, then
// writes in one transaction. A decision the actor may not read is answered as not found.
//
// The outcome is computed once the deadline has passed, by the closing job (close_all_due, every
// minute on the shared scheduler: the outcome is recorded even if nobody reads the project) or by
// the first reader of the project's decisions before it (close_due): the votes are final from the
// deadline on (later votes are refused), so whoever closes computes the same outcome; the row is
// written once (UPDATE … WHERE outcome IS NULL), and that writer alone records the event in the
// project's activity timeline.
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/decisions/decision.h"
#include "features/decisions/decision_rules.h"
#include "features/teams/team_actions.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::decisions {

struct DecisionAccess {
  Proposal proposal;
  std::vector<Vote> votes;
  teams::Standing standing;
};
// Closes it first when its deadline has passed.
Result<DecisionAccess> readable_decision(store::Db& db, const web::Actor& actor,
                                         std::int64_t decision_id, core::Seconds now);

// The project when the actor may read its decisions (not found / forbidden otherwise).
Result<teams::Standing> readable_project(store::Db& db, const web::Actor& actor,
                                         std::int64_t project_id);

// Records the outcome of every decision of the project whose deadline has passed.
Status close_due(store::Db& db, std::int64_t project_id, core::Seconds now);
// The same for every project (the closing job, decision_job.cpp): each due decision in its own
// short transaction, so that a reader or another instance closing one at the same moment makes
// neither fail; returns how many this call closed (0 for those another closer took first).
Result<int> close_all_due(store::Db& db, core::Seconds now);

// `notice`: the shortest time between now and the deadline (Config::decision_notice_seconds).
Result<std::int64_t> propose(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                             const NewProposal& in, core::Seconds now,
                             std::chrono::seconds notice = kMinimumNotice);
// A vote, or a new choice and reason replacing the actor's vote, before the deadline (409 after).
Status vote(store::Db& db, const web::Actor& actor, std::int64_t decision_id, const VoteInput& in,
            core::Seconds now);

}  // namespace comdev::decisions
