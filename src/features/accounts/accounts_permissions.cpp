#include "features/accounts/accounts_permissions.h"

namespace comdev::accounts {

Decision can(const web::Actor& actor, Action action) {
  switch (action) {
    case Action::sign_up:
    case Action::sign_in:
    case Action::request_link:
      return {true, {}};
    case Action::view_own_account:
    case Action::change_own_email:
    case Action::manage_own_tokens:
      if (actor.signed_in()) return {true, {}};
      return {false, "errors.unauthenticated"};
  }
  return {false, "errors.forbidden"};
}

}  // namespace comdev::accounts
