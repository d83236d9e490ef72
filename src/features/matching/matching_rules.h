// Pure conversions between what the database holds and the engine's values: dates to days,
// levels, language bits, modes, and the territory tree folded into places (a douar's commune,
// province and region). No I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "features/matching/matching_store.h"
#include "match/model.h"

namespace comdev::matching {

// Days since 1970-01-01 of "YYYY-MM-DD"; 0 for anything else (the engine's "not given").
match::Day day_of(std::string_view ymd);
// The date of a day number, "YYYY-MM-DD".
std::string ymd_of(match::Day day);

std::optional<match::Level> level_of(std::string_view level);
// The bit of a working language in the engine's mask (profiles::kLanguages order); 0 if unknown.
match::LangMask language_bit(std::string_view code);
// The language code of a bit index (the speaks_language reason); "" when out of range.
std::string_view language_code(std::int64_t bit_index);
// "remote" | "on_site" | anything else (both).
match::Mode mode_of(std::string_view mode);

// Every territory's place: its own commune, province and region, found by walking up the tree
// once per territory (a douar takes its commune's). A cycle in bad data stops the walk.
std::unordered_map<std::int64_t, match::Place> places_of(const std::vector<Territory>& tree);

}  // namespace comdev::matching
