// Accounts: the sign-in side of a member — e-mail, password, verification, e-mail tokens
// (verification, password reset, change of e-mail) and API bearer tokens.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace comdev::accounts {

// What an e-mail link is for; stored as the text of purpose_name().
enum class Purpose { verify, reset, change_email };

struct Account {
  std::int64_t id = 0;
  std::string email;
  std::string display_name;
  std::string password_hash;
  std::string preferred_lang;  // "fr", "ar", "en": the language of the e-mails we send
  bool verified = false;
  bool is_admin = false;
  bool is_animator = false;
};

// A sign-up as validated by the form (the password is still in clear: hash it, then drop it).
struct NewAccount {
  std::string display_name;
  std::string email;  // lower-cased
  std::string password;
  std::string lang;
};

struct Credentials {
  std::string email;  // lower-cased
  std::string password;
};

// An e-mail token as stored (the token itself is never stored, only its hash).
struct EmailToken {
  std::int64_t member_id = 0;
  Purpose purpose = Purpose::verify;
  std::string email;
  std::string created_at;
  std::string expires_at;
  std::optional<std::string> used_at;
};

// What following an e-mail link did.
struct TokenUse {
  std::int64_t member_id = 0;
  Purpose purpose = Purpose::verify;
};

struct ApiToken {
  std::string token;  // shown once, to the client that asked for it
  std::string expires_at;
};

// A token as its owner sees it later: never the secret, only what tells tokens apart. The id is
// the start of the token's hash, which names it without helping anyone to guess it.
struct ApiTokenInfo {
  std::string id, name, created_at, expires_at, last_used_at;  // last_used_at: "" if never
};

}  // namespace comdev::accounts
