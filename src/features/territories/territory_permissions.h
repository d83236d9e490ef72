// Who may do what with territories and community membership: the feature's whole policy.
#pragma once

#include <string_view>

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::territories {

enum class Action { view, join_community, leave_community };
inline constexpr Action kActions[] = {Action::view, Action::join_community,
                                      Action::leave_community};

using web::Decision;

Decision can(const web::Actor& actor, Action action);

}  // namespace comdev::territories
