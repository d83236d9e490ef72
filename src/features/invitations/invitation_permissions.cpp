#include "features/invitations/invitation_permissions.h"

namespace comdev::invitations {

std::string_view name(Action a) {
  switch (a) {
    case Action::record:
      return "record";
    case Action::list:
      return "list";
    case Action::import:
      return "import";
    case Action::view:
      return "view";
  }
  return "?";
}

Decision can(const web::Actor& actor, Action action, const Target& target) {
  // Every action has the same rule today; the switch keeps one row per action, so a new action
  // does not compile into an implicit "allow".
  switch (action) {
    case Action::record:
    case Action::list:
    case Action::import:
    case Action::view:
      // Administrator and animator roles grant nothing here on purpose (BRIEF §6).
      if (!actor.signed_in() || !target.is_commune) return Decision::deny;
      return target.actor_is_verified_representative ? Decision::allow : Decision::deny;
  }
  return Decision::deny;
}

}  // namespace comdev::invitations
