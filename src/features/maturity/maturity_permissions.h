// Who may do what with the maturity path: the feature's whole policy. The path and what is
// missing are public (the clearest invitation to help); the evidence given with each tick is the
// team's, read by the team and the community's animators. The team's carriers tick and move
// the project on when its checklist is complete; the community's animators (and administrators)
// may do the same, and they alone override an incomplete checklist (with a written reason) and
// write the checklists of their communities.
#pragma once

#include <optional>

#include "features/teams/team.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::maturity {

enum class Action {
  view_path,           // the stages, where the project stands, what is missing
  view_evidence,       // the notes given with the ticks, who ticked and when
  tick,                // tick or untick an item of the project's checklist
  advance,             // move the project along the lifecycle, its checklist complete
  override_checklist,  // move it on although its checklist is incomplete, giving a reason
  configure,           // write the checklists of the community's stages
};
inline constexpr Action kActions[] = {
    Action::view_path, Action::view_evidence,      Action::tick,
    Action::advance,   Action::override_checklist, Action::configure};

struct Subject {
  std::optional<teams::RoleKind> role;  // the actor's role in the project's team
};

web::Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::maturity
