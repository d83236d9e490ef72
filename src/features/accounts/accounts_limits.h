// The rate limits of the ways in, shared by the pages and the API: sign-in attempts and mail to
// an address a visitor typed (rules and figures in accounts_rules.h). Each takes its attempt
// before the work it guards, atomically (accounts_store::take_attempt).
#pragma once

#include <string>

#include "core/result.h"
#include "web/context.h"

namespace comdev::accounts {

// Takes a sign-in attempt of this client for `email`; false when over a limit (answer 429).
Result<bool> take_signin_attempt(const web::Ctx& ctx, const std::string& email);
// After the password proved right: the attempt is handed back, so that only failures count.
Status signin_succeeded(const web::Ctx& ctx, const std::string& email);

// Takes a mail to `email` asked by this client; false when over a limit.
Result<bool> take_mail_attempt(const web::Ctx& ctx, const std::string& email);

}  // namespace comdev::accounts
