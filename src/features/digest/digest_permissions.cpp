#include "features/digest/digest_permissions.h"

namespace comdev::digest {
namespace {

constexpr Decision kAllow{true, {}};
constexpr Decision kSignIn{false, "errors.sign_in_required"};

}  // namespace

Decision can(const web::Actor& actor, Action action) {
  switch (action) {
    case Action::edit_own_settings:
      return actor.signed_in() ? kAllow : kSignIn;
    case Action::unsubscribe_by_token:
      // One click from the e-mail, signed in or not (RFC 8058): the token was checked first.
      return kAllow;
  }
  return kSignIn;
}

}  // namespace comdev::digest
