#include "features/territories/territory_permissions.h"

namespace comdev::territories {

Decision can(const web::Actor& actor, Action action) {
  switch (action) {
    case Action::view:
      return {true, {}};  // the places are public
    case Action::join_community:
    case Action::leave_community:
      // Anyone with an account may join any community, from anywhere.
      if (actor.signed_in()) return {true, {}};
      return {false, "errors.sign_in_required"};
  }
  return {false, "errors.forbidden"};
}

}  // namespace comdev::territories
