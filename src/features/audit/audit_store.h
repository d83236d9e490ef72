// The audit log: one row per sensitive action (role change, verification, deletion, invitation).
// Write it in the same transaction as the action it records, so neither exists without the other.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace comdev::audit::audit_store {

struct Entry {
  std::int64_t id = 0;
  std::string at;
  std::int64_t actor_id = 0;  // 0: the system or the shell (`comdev user create`)
  std::string action;         // e.g. "organisation.representative.verified"
  std::string subject_type;   // e.g. "organisation"
  std::int64_t subject_id = 0;
  std::string detail;  // short, human-readable; never secrets or message bodies
};

// REQUIRES: called inside the transaction of the action recorded.
Status record(store::Conn& conn, std::int64_t actor_id, std::string_view action,
              std::string_view subject_type, std::int64_t subject_id, std::string_view detail);
// Newest first.
Result<std::vector<Entry>> latest(store::Db& db, int limit, int offset = 0);

}  // namespace comdev::audit::audit_store
