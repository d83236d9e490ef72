// Members for tests, made directly through the stores (no pages, no e-mail): an account with the
// given role and a signed-in session for it, as the cookie a browser would send.
#pragma once

#include <cstdint>
#include <string>

#include "store/db.h"

namespace comdev::testing {

enum class Role { member, animator, admin };

struct SignedIn {
  std::int64_t member_id = 0;
  std::string email;
  std::string cookie;  // "sid=…", for a Cookie header
  std::string csrf;    // the session's CSRF token, for forms
};

// A verified account (password "correct horse battery") and a live session for it.
// Throws on failure: a test cannot go on without it.
SignedIn sign_in_new_member(store::Db& db, Role role, std::string email = {});

}  // namespace comdev::testing
