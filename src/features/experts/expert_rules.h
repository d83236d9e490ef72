// The directory's pure logic: months as date ranges, subtrees of the skill taxonomy and of the
// territories (a filter on a domain or a province includes what is below it), and the words of
// q resolved against the taxonomy's labels and synonyms in every language.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "features/experts/expert.h"

namespace comdev::experts {

// "2027-07" -> {"2027-07-01", "2027-07-31"}; nullopt unless YYYY-MM with a month 01-12 and a
// year 2000-2100.
std::optional<std::pair<std::string, std::string>> month_range(std::string_view ym);

// `root` and every skill below it, root first; empty when `root` is not in the list.
std::vector<std::int64_t> skill_subtree(const std::vector<SkillNode>& skills, std::int64_t root);
// `root` and every place below it (a province: its communes and their douars).
std::vector<std::int64_t> place_subtree(const std::vector<Place>& places, std::int64_t root);

// A LIKE pattern "%word%" of a typed word: ASCII lower case (as SQL's LOWER on both databases),
// with %, _ and the escape character itself escaped by '\'.
std::string like_pattern(std::string_view word);

// The words of q (at most kMaxWords; words of fewer than three letters dropped), each with the
// skills whose label or synonym contains its folded form (accents and Arabic diacritics ignored).
inline constexpr std::size_t kMaxWords = 6;
std::vector<Word> resolve_words(std::string_view q, const std::vector<SkillNode>& skills);

}  // namespace comdev::experts
