// A small taxonomy for the engine's tests: two domains, water and finance.
#pragma once

#include <memory>

#include "match/taxonomy.h"

namespace comdev::match::testing {

inline std::shared_ptr<const Taxonomy> small_taxonomy() {
  return std::make_shared<Taxonomy>(std::vector<Taxonomy::Entry>{
      {"water", ""},
      {"hydraulics", "water"},
      {"sanitation", "water"},
      {"sanitation_studies", "sanitation"},
      {"wastewater_treatment", "water"},
      {"finance", ""},
      {"accounting", "finance"},
      {"auditing", "finance"},
  });
}

}  // namespace comdev::match::testing
