#include "features/members/password.h"

#include "core/utf8.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace comdev::members {

Status check_password_strength(std::string_view password) {
  if (utf8_length(password) < 10) return Error::invalid("members.password.too_short");
  if (password.size() > 1024) return Error::invalid("members.password.too_long");
  static constexpr std::array<std::string_view, 8> kCommon = {
      "1234567890", "azertyuiop", "qwertyuiop", "motdepasse1",
      "password12", "0123456789", "1111111111", "aaaaaaaaaa"};
  std::string lower(password);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (auto c : kCommon) {
    if (lower == c) return Error::invalid("members.password.too_common");
  }
  return {};
}

Result<std::string> hash_password(std::string_view password) {
  if (sodium_init() < 0) return Error::internal("libsodium failed to initialise");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Error::internal("argon2id ran out of memory");
  }
  return std::string(out);
}

bool verify_password(std::string_view hash, std::string_view password) {
  std::string h(hash);  // must be NUL-terminated
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

}  // namespace comdev::members
