// The territory tree of the communities: région → province → commune (rurale/urbaine) → douar.
// Real places, named in French and Arabic (Arabic left empty when its spelling is not certain),
// with the spelling variants found in the sources as aliases. Coordinates only where known; a
// douar shown at its commune's seat is flagged position_approximate.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace comdev::territories {

inline constexpr std::array<std::string_view, 4> kKinds = {"region", "province", "commune",
                                                           "douar"};
bool is_kind(std::string_view kind);

struct Territory {
  std::int64_t id = 0;
  std::int64_t parent_id = 0;  // 0: a root (a région)
  std::string kind;
  std::string commune_kind;  // "rurale" | "urbaine" | "" (unknown or not a commune)
  std::string slug;
  std::string name_fr;
  std::string name_ar;
  std::string aliases;  // comma-separated
  std::optional<double> lat, lon;
  bool position_approximate = false;
};

// A community a member belongs to.
struct Membership {
  std::int64_t community_id = 0;
  std::string slug;
  std::string joined_at;
};

}  // namespace comdev::territories
