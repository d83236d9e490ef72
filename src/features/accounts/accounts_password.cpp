#include "features/accounts/accounts_password.h"

#include <string>

#include "features/members/password.h"

namespace comdev::accounts {

bool check_password(const std::optional<Account>& a, std::string_view password) {
  static const std::string dummy = [] {
    auto h = members::hash_password("not a real password, only for timing");
    return h ? *h : std::string();
  }();
  if (!a) {
    members::verify_password(dummy, password);
    return false;
  }
  return members::verify_password(a->password_hash, password);
}

}  // namespace comdev::accounts
