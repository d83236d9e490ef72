// "Your data": what the platform holds about a member, as they can download it, and the
// deletion of their account (anonymisation: their contributions stay, attributed to a deleted
// member whose name is rendered from the catalogue at display time).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/db.h"

namespace comdev::mydata {

// One part of the export: rows of one kind ("profile", "skills", "contact_messages"…), each
// row as column → value.
struct Section {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::vector<store::Value>> rows;
};

struct Account {
  std::int64_t id = 0;
  std::string email;
  std::string display_name;
  std::string password_hash;
  bool anonymised = false;
};

// A line of the administrators' audit page.
struct AuditLine {
  std::int64_t id = 0;
  std::string at;
  std::int64_t actor_id = 0;
  std::string actor_name;
  bool actor_deleted = false;
  std::string action;
  std::string subject_type;
  std::int64_t subject_id = 0;
  std::string detail;
};

}  // namespace comdev::mydata
