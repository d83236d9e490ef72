// Validation of the account forms (and of the API's JSON fields, which are the same values).
// Field errors are catalogue keys; e-mail addresses are trimmed and lower-cased so one person
// cannot hold two accounts that differ only by case.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "features/accounts/account.h"

namespace comdev::accounts {

struct RawSignup {
  std::string_view display_name, email, password, lang;
};

Result<NewAccount> parse_signup(const RawSignup& raw, std::string_view default_lang);
Result<Credentials> parse_credentials(std::string_view email, std::string_view password);
// One e-mail address field named `field` (forgot, resend, change of e-mail).
Result<std::string> parse_email(std::string_view email, std::string_view field = "email");
// A new password (reset): the strength rules of members::check_password_strength.
Result<std::string> parse_new_password(std::string_view password);

// Trimmed and lower-cased if plausible, else "".
std::string normalise_email(std::string_view email);

}  // namespace comdev::accounts
