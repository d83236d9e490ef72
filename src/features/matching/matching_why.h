// Why an expert suits a need, as one sentence in the reader's language: "covers 3 of 4 skills;
// speaks Arabic; in Taliouine 1–20 August; from the province of Taroudant". Every word comes
// from the catalogues (matching.why.*), dates from i18n's formatting, territory names in the
// reader's script where the tree has them.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "i18n/lang.h"
#include "match/score.h"
#include "store/db.h"

namespace comdev::matching {

struct PlaceName {
  std::string kind;  // region | province | commune | douar
  std::string fr, ar;
};
using PlaceNames = std::unordered_map<std::int64_t, PlaceName>;

// The sentence from the reasons, with territory names from `names` (a reason naming a place the
// table lacks is left out rather than shown half). Pure.
std::string why_sentence(i18n::Lang lang, const std::vector<match::Reason>& reasons,
                         const PlaceNames& names);

// The territory names why() uses for a database: the matching service publishes the tree it
// read (and re-read), and forgets it when it goes; without one, why() reads the tree itself.
void publish_place_names(const store::Db* db, std::shared_ptr<const PlaceNames> names);
void forget_place_names(const store::Db* db);

}  // namespace comdev::matching
