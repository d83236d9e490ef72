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

}  // namespace comdev::accounts
