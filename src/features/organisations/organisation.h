// Organisations of the communities' territories (communes, associations, cooperatives, OSIM…)
// and the people who speak in their name. A person asks to represent an organisation; only once
// an animator has verified it (and noted how) do they speak in its name.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace comdev::organisations {

// The kinds of organisation, as stored in organisations.type.
inline constexpr std::array<std::string_view, 10> kTypes = {
    "commune",    "village_association", "federation",           "cooperative",  "gie",
    "enterprise", "administration",      "diaspora_association", "coordination", "ngo"};

bool is_type(std::string_view type);

struct Organisation {
  std::int64_t id = 0;
  std::string type;
  std::string name;
  std::int64_t territory_id = 0;  // 0: none recorded
  std::string territory_fr, territory_ar;
  std::string description;
  bool demo = false;
  std::string created_at;
};

struct NewOrganisation {
  std::string type;
  std::string name;
  std::int64_t territory_id = 0;
  std::string description;
  bool demo = false;
};

// An organisation a member speaks for: a verified representation.
struct Representation {
  std::int64_t organisation_id = 0;
  std::string name;
  std::string type;
  std::int64_t territory_id = 0;
};

// A request to represent an organisation, as the animator's queue shows it.
struct RepresentationRequest {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  std::int64_t member_id = 0;
  std::string member_name;
  std::string message;  // who they are, in their words
  std::string status;   // requested | verified | refused
  std::string requested_at;
};

struct Filter {
  std::string type;               // "" = any
  std::int64_t territory_id = 0;  // 0 = any; also matches organisations of places below it
  int limit = 50;
  int offset = 0;
};

}  // namespace comdev::organisations
