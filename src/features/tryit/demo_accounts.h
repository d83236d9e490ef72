// The demo community's sign-in accounts, one per role a newcomer can try (pure data, no I/O).
// Every address is at example.org, a domain reserved for examples, and every person is fictional:
// the two experts are demo profiles of demo/experts.json, the others exist only as accounts.
#pragma once

#include <string_view>
#include <vector>

namespace comdev::tryit {

struct DemoAccount {
  std::string_view role;       // stable key: "representative", "expert"…
  std::string_view label_key;  // catalogue key of the role's name
  std::string_view does_key;   // catalogue key of what the role can try
  std::string_view email;
  std::string_view display_name;  // for the accounts made here; experts keep their profile's name
  // The organisation this account speaks for as a verified representative (by its demo name).
  std::string_view organisation;
  bool animator = false;
  bool admin = false;
};

// In the order the /try page presents them: the loop of a need, then who runs the community.
const std::vector<DemoAccount>& demo_accounts();

}  // namespace comdev::tryit
