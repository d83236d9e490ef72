// A community (Communauté de Développement): a community of interest anchored to a territory
// ("Souss-Massa", "Oriental") and open to members from anywhere. Names and texts are kept in the
// three interface languages; text() picks the one for a language, falling back to French.
#pragma once

#include <cstdint>
#include <string>

#include "i18n/lang.h"

namespace comdev::communities {

struct Translated {
  std::string fr, ar, en;
  const std::string& in(i18n::Lang lang) const;
};

struct Community {
  std::int64_t id = 0;
  std::string slug;
  Translated name;
  Translated territory;
  Translated description;
  bool demo = false;
};

}  // namespace comdev::communities
