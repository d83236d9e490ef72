// Who may do what with needs: the feature's whole policy. Needs are public; they are written by
// the verified representatives of the organisation that carries the project, and by animators
// and administrators (moderation). Roles: visitor, member, representative of the carrier,
// animator, administrator.
#pragma once

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::needs {

enum class Action {
  view,           // read a need, its page and poster, the needs of a project
  create,         // add a need to a project
  edit,           // change what a need says
  change_status,  // move a need through open → discussion → satisfied → closed
};
inline constexpr Action kActions[] = {Action::view, Action::create, Action::edit,
                                      Action::change_status};

// What the decision needs to know about the project at hand.
struct Subject {
  bool actor_represents_carrier = false;  // a verified representative of its carrier
};

using web::Decision;

Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::needs
