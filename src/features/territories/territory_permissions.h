// Who may do what with territories and community membership: the feature's whole policy.
#pragma once

#include <string_view>

#include "web/actor.h"

namespace comdev::territories {

enum class Action { view, join_community, leave_community };
inline constexpr Action kActions[] = {Action::view, Action::join_community,
                                      Action::leave_community};

struct Decision {
  bool allowed = false;
  std::string_view reason;  // catalogue key explaining a refusal
  explicit operator bool() const { return allowed; }
};

Decision can(const web::Actor& actor, Action action);

}  // namespace comdev::territories
