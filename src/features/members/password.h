// Passwords: argon2id (libsodium, "interactive" limits: ~44 ms a hash on this machine's class of
// hardware), stored as libsodium's self-describing string so limits can rise later.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace comdev::members {

// Minimum length and a refusal of the most common passwords; message ids for the form.
Status check_password_strength(std::string_view password);
Result<std::string> hash_password(std::string_view password);
bool verify_password(std::string_view hash, std::string_view password);

}  // namespace comdev::members
