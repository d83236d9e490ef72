// Catalogue keys of the fixed lists (languages, sectors, levels, visibility), written out so the
// catalogue test sees every key in use.
#pragma once

#include <string_view>

#include "features/profiles/profile.h"

namespace comdev::profiles {

std::string_view language_key(std::string_view code);
std::string_view sector_key(std::string_view code);
std::string_view level_key(std::string_view level);
std::string_view visibility_key(Level level);
std::string_view field_key(Field f);

}  // namespace comdev::profiles
