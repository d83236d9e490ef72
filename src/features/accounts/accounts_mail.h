// The e-mails of accounts: a link with a single-use token, in the member's language.
#pragma once

#include <string_view>

#include "core/result.h"
#include "features/accounts/account.h"
#include "web/app.h"

namespace comdev::accounts {

// Sends the link `${base_url}<path>?token=<token>` for `purpose` to `to`, greeting `name`.
Status send_link(web::App& app, Purpose purpose, std::string_view to, std::string_view name,
                 std::string_view lang, std::string_view token);

// Tells the owner of `to` that someone tried to create an account with it (the sign-up page
// answers as for a new address, so that it does not reveal who is registered), with the links to
// sign in and to choose a new password.
Status send_already_registered(web::App& app, std::string_view to, std::string_view name,
                               std::string_view lang);

// Tells the account's current address that a change to `new_email` was asked for, so that the
// owner learns of it even if someone else holds their session and password.
Status send_change_requested(web::App& app, std::string_view to, std::string_view name,
                             std::string_view lang, std::string_view new_email);

}  // namespace comdev::accounts
