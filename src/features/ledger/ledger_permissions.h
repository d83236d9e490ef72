// Who may do what with a project's ledger: the feature's whole policy. The ledger is public:
// anyone, signed in or not, sees "Where the money went", its exports and its API. The team's
// page (pending skills, who recorded what, the forms) is for the team and for those who watch
// every team (the community's animators, administrators). Money is the carrier's
// responsibility: only carriers record money out, grants, materials and reversals, edit the
// budget lines and confirm skills; a team member who gave their time (expert, team animator,
// carrier) declares it. Nobody confirms their own declaration. The actor's place in the team
// comes from the teams feature (teams::standing).
#pragma once

#include <optional>

#include "features/teams/team.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::ledger {

enum class Action {
  view_public,    // "Where the money went", the exports, GET /api/v1/projects/{id}/ledger
  view_team,      // the team's ledger page: pending skills, recorders, the forms
  record,         // money out (with its receipt), grants, materials given
  declare_skill,  // declare hours given at a rate (pending until confirmed)
  confirm_skill,  // confirm a team member's declared skill
  reverse,        // correct an entry by a reversal entry with a reason
  edit_budget,    // add, change, remove the project's budget lines
};
inline constexpr Action kActions[] = {Action::view_public,   Action::view_team,     Action::record,
                                      Action::declare_skill, Action::confirm_skill, Action::reverse,
                                      Action::edit_budget};

struct Subject {
  std::optional<teams::RoleKind> role;  // the actor's role in the project's team; nullopt: none
  bool own_entry = false;               // confirm_skill: the actor declared this skill
};

using web::Decision;

Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::ledger
