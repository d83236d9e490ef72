// All SQL about the animator role: an administrator grants or takes it back, audited.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace comdev::organisations::member_roles_store {

struct MemberRoles {
  std::int64_t id = 0;
  std::string display_name;
  bool is_animator = false;
  bool is_admin = false;
};

Result<std::optional<MemberRoles>> find(store::Db& db, std::int64_t member_id);
// Sets the animator flag and writes the audit entry in the same transaction; setting the value
// it already has changes nothing and writes nothing. Error::not_found for an unknown member.
Status set_animator(store::Db& db, std::int64_t admin_id, std::int64_t member_id, bool animator);

}  // namespace comdev::organisations::member_roles_store
