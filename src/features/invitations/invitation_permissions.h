// The whole policy of the invitations feature. A contact recorded by a commune is personal data
// of someone who has not agreed to anything yet: only the verified representatives of THAT
// commune see or touch it — not other communes, not animators, not administrators.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "web/actor.h"

namespace comdev::invitations {

enum class Action { record, list, import, view };
inline constexpr std::array<Action, 4> kAllActions = {Action::record, Action::list, Action::import,
                                                      Action::view};
std::string_view name(Action a);

// What the policy needs to know about the commune concerned and the actor's link to it.
struct Target {
  std::int64_t organisation_id = 0;
  bool is_commune = false;                        // the organisation is of type "commune"
  bool actor_is_verified_representative = false;  // of this organisation
};

enum class Decision { allow, deny };

Decision can(const web::Actor& actor, Action action, const Target& target);

}  // namespace comdev::invitations
