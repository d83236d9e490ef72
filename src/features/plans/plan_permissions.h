// Who may do what with development plans: the feature's whole policy. A plan belongs to a
// commune's organisation; its verified representatives write it, animators and administrators
// may too (moderation, and helping a commune that asks them); everyone reads it.
#pragma once

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::plans {

enum class Action {
  view,    // read a plan, its axes and actions (public)
  create,  // create a plan for the commune at hand
  edit,    // change the plan's title, period, summary; add actions
  import,  // import actions from a CSV file
};
inline constexpr Action kActions[] = {Action::view, Action::create, Action::edit, Action::import};

struct Subject {
  bool actor_is_verified_representative = false;  // of the plan's commune organisation
};

using web::Decision;

Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::plans
