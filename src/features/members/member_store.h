// All SQL about members (the foundation part: bootstrap accounts from the shell).
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace comdev::members::member_store {

struct NewMember {
  std::string email;
  std::string display_name;
  std::string password_hash;
  bool is_admin = false;
  bool is_animator = false;
  bool email_verified = false;
};

// Error::conflict("members.email_taken") when the e-mail is already registered.
Result<std::int64_t> create(store::Db& db, const NewMember& m);
Result<std::int64_t> count(store::Db& db);

}  // namespace comdev::members::member_store
