// Sessions live in the database (table `sessions`) so that several instances behind a load
// balancer share them. The browser holds a random id in the HttpOnly cookie `sid`; the table
// holds only its hash, so a leaked database does not leak live sessions. Each session carries
// the CSRF token that every state-changing form must send back as `_csrf`.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace comdev::web {

struct Session {
  std::string id_hash;
  std::string csrf_token;
  std::int64_t member_id = 0;  // 0: an anonymous visitor's session (it still carries a CSRF token)
  std::string lang;
  // Of the signed-in member, read with the session (members table).
  bool is_admin = false;
  bool is_animator = false;
  std::string display_name;
};

inline constexpr std::string_view kSessionCookie = "sid";
inline constexpr std::chrono::seconds kSessionLifetime{60 * 60 * 24 * 30};

// Random URL-safe token of `bytes` random bytes (libsodium).
std::string random_token(std::size_t bytes = 32);
// Hash stored in place of a session id.
std::string hash_token(std::string_view token);
// Constant-time comparison of two tokens.
bool tokens_equal(std::string_view a, std::string_view b);

namespace session_store {
// The live session whose cookie value is `sid`, if any.
Result<std::optional<Session>> find(store::Db& db, std::string_view sid);
// Creates a session; returns it and writes the cookie value to *sid.
Result<Session> create(store::Db& db, std::int64_t member_id, std::string_view lang,
                       std::string* sid);
// Deletes one session (sign-out), by its cookie value.
Status destroy(store::Db& db, std::string_view sid);
// Deletes every session of a member (password reset, account deletion).
Status destroy_all_of(store::Db& db, std::int64_t member_id);
// Removes expired sessions; returns how many.
Result<std::int64_t> purge_expired(store::Db& db);
}  // namespace session_store

}  // namespace comdev::web
