// The demo accounts as `comdev demo` makes them: created once with a random password each,
// printed once; later runs change nothing unless asked to reset the passwords.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "features/tryit/demo_accounts.h"
#include "store/db.h"

namespace comdev::tryit {

struct Issued {
  const DemoAccount* account = nullptr;
  std::string password;  // set when it was just created or reset; empty: unchanged
};

// Makes every demo account that is missing (a random password each), and with reset_passwords
// gives every account a new one. One transaction: a failure leaves the accounts as they were.
// Error::invalid("tryit.errors.not_demo") on a database with no demo community: demo passwords
// never land on a real community.
Result<std::vector<Issued>> ensure_demo_accounts(store::Db& db, bool reset_passwords);

}  // namespace comdev::tryit
