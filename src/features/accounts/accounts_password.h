// The password check of every way in (the sign-in page, the API's tokens, the e-mail change).
#pragma once

#include <optional>
#include <string_view>

#include "features/accounts/account.h"

namespace comdev::accounts {

// Whether `password` is the account's. Runs argon2 even when there is no account, so the time
// taken does not tell a registered address from an unknown one.
bool check_password(const std::optional<Account>& a, std::string_view password);

}  // namespace comdev::accounts
