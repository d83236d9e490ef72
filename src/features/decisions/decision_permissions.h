// Who may do what with a project team's decisions: the feature's whole policy. Decisions are
// workspace content: the team and the community's animators read them (administrators have
// their rights); experts, team animators and carriers — the team's working members — propose and
// vote. The community's animators may propose (to unblock a team) but do not vote unless they are
// in the team: a decision is the team's. Observers read.
#pragma once

#include <optional>

#include "features/teams/team.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::decisions {

enum class Action {
  view,     // the decision log, a proposal with its votes
  propose,  // put a proposal to the vote
  vote,     // vote, or change one's vote before the deadline
};
inline constexpr Action kActions[] = {Action::view, Action::propose, Action::vote};

struct Subject {
  std::optional<teams::RoleKind> role;  // the actor's role in the project's team
};

web::Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::decisions
