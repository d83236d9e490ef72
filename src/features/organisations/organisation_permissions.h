// Who may do what with organisations, their representatives and the animator role: the
// feature's whole policy. Roles: visitor, member, verified representative of the organisation
// at hand, animator, administrator.
#pragma once

#include <string_view>

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::organisations {

enum class Action {
  view,                    // read an organisation and its verified representatives
  create,                  // record a new organisation
  request_representation,  // ask to represent an organisation
  view_queue,              // see the pending representation requests
  decide_representation,   // verify or refuse a request
  speak_for,               // act in the organisation's name (other features ask this)
  grant_animator_role,     // make a member animator, or take the role back
};
inline constexpr Action kActions[] = {Action::view,
                                      Action::create,
                                      Action::request_representation,
                                      Action::view_queue,
                                      Action::decide_representation,
                                      Action::speak_for,
                                      Action::grant_animator_role};

// What the decision needs to know about the organisation at hand.
struct Subject {
  bool actor_is_verified_representative = false;
};

using web::Decision;

Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::organisations
