// A commune identifies its diaspora: a verified representative of a commune records a person
// they know; the record is only an invitation until that person accepts (BRIEF §6). It is seen
// by that commune's verified representatives only, and erased on refusal or after 60 days.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace comdev::invitations {

// What a representative records about a contact (from the form or one CSV row).
struct NewContact {
  std::string name;
  std::string email;  // normalised: trimmed, lower-case
  std::string origin_text;
  std::optional<std::int64_t> origin_territory_id;
  std::string skills_text;
};

struct Invitation {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::int64_t invited_by = 0;
  NewContact contact;
  std::string lang;
  std::string created_at;
  std::string expires_at;
};

// The commune an invitation comes from (an organisation of type "commune").
struct Commune {
  std::int64_t id = 0;
  std::string name;
  bool is_commune = false;  // false: the organisation exists but is of another type
};

// The outcome of one CSV row.
enum class RowStatus {
  invited,
  invalid_details,
  invalid_email,
  duplicate_in_file,
  already_invited,
  already_member
};

struct RowReport {
  std::size_t line = 0;  // line of the file
  std::string name;
  std::string email;
  RowStatus status = RowStatus::invited;
};

}  // namespace comdev::invitations
