// Who may do what with accounts: the feature's whole policy. Every action is on the actor's own
// account (there is no id in any account URL), so the only question is whether someone is
// signed in; administrators get no way into another person's account here.
#pragma once

#include <string_view>

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::accounts {

enum class Action {
  sign_up,            // create an account (visitors; a signed-in person is sent to their account)
  sign_in,            // pages and POST /api/v1/tokens: the password is the credential
  request_link,       // forgotten password, resend the verification link
  view_own_account,   // GET /account, GET /api/v1/me
  change_own_email,   // POST /account/email
  manage_own_tokens,  // /account/tokens, GET and DELETE /api/v1/tokens: list, create, revoke
};
inline constexpr Action kActions[] = {Action::sign_up,          Action::sign_in,
                                      Action::request_link,     Action::view_own_account,
                                      Action::change_own_email, Action::manage_own_tokens};

using web::Decision;

Decision can(const web::Actor& actor, Action action);

}  // namespace comdev::accounts
