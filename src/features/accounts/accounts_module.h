// The accounts feature: sign-up with e-mail verification, sign-in and out, password reset,
// change of e-mail, the account page, and API bearer tokens (made, listed and revoked at
// /account/tokens and /api/v1/tokens; GET /api/v1/me). Installs the App's bearer resolver so
// every /api/ route gets its actor.
#pragma once

#include <string>
#include <vector>

#include "web/app.h"

namespace comdev::accounts {

void register_pages(web::App& app);
void register_token_pages(web::App& app);
void register_api(web::App& app);
void register_module(web::App& app);

// Who sees a link of the account page.
enum class LinkFor { everyone, animators, admins };

// A link on the "my account" page (e.g. "download my data"): label_key is a catalogue key.
// Call at start-up, from another feature's register_module; a repeated url is ignored.
void add_account_link(std::string url, std::string label_key, LinkFor who = LinkFor::everyone);
struct AccountLink {
  std::string url;
  std::string label_key;
  LinkFor who = LinkFor::everyone;
};
std::vector<AccountLink> account_links();

}  // namespace comdev::accounts
