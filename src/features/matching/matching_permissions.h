// Who may see which matches: the feature's whole policy. The experts proposed for a need (and
// why) are for those who may invite them — the verified representatives of the project's
// carrier, animators and administrators; the needs proposed to a member are for that member,
// animators and administrators. Roles: visitor, member, representative of the carrier (or the
// member themself), animator, administrator.
#pragma once

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::matching {

enum class Action {
  experts_for_need,  // the ranked experts of a need (page section, API)
  needs_for_member,  // the ranked needs of a member ("needs for you", API)
};
inline constexpr Action kActions[] = {Action::experts_for_need, Action::needs_for_member};

struct Subject {
  // experts_for_need: the actor is a verified representative of the need's carrier;
  // needs_for_member: the actor is the member whose needs are asked for.
  bool actor_is_concerned = false;
};

using web::Decision;

Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::matching
