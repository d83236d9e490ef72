// Who may do what with the digest: the feature's whole policy. A member sets only their own
// digest (the routes take no id: the actor is the subject). Unsubscribing needs no sign-in: the
// secret token of the e-mail is the credential, and it can only turn that one member's digest
// off.
#pragma once

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::digest {

enum class Action {
  edit_own_settings,     // read and change one's own digest frequency
  unsubscribe_by_token,  // turn off the digest a valid unsubscribe token names
};
inline constexpr Action kActions[] = {Action::edit_own_settings, Action::unsubscribe_by_token};

using web::Decision;

Decision can(const web::Actor& actor, Action action);

}  // namespace comdev::digest
