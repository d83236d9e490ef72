// The expert pool (BRIEF §3, entry 2): members who offer at least one skill, as a directory with
// filters. Plain structs; std and the profiles' structs only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/profiles/profile.h"

namespace comdev::experts {

inline constexpr int kPerPage = 20;
inline constexpr int kMaxPerPage = 100;  // the API's per_page

// What the reader may see decides what the directory shows AND what it may filter on: a filter on
// a field hidden from the reader would tell the hidden value. Visitors < members < animators; a
// member always sees their own fields.
enum class Tier { visitor = 0, member = 1, animator = 2 };

struct Reader {
  Tier tier = Tier::visitor;
  std::int64_t member_id = 0;  // 0 for a visitor
};

enum class Mode { any, remote, on_site };

// One word of q, resolved: the skills whose label or synonym (any language) contains it.
struct Word {
  std::string like;                  // "%word%" for LIKE on the name and path, escaped with '\\'
  std::vector<std::int64_t> skills;  // skills whose folded labels or synonyms contain it
};

// A directory query, validated (expert_forms.h) against the taxonomy and the places.
struct Query {
  std::string q;            // as typed (shown back in the form)
  std::vector<Word> words;  // each must match the name, the path or a skill
  std::optional<std::int64_t> skill_id;
  std::vector<std::int64_t> skill_ids;  // skill_id and every skill below it
  std::string sector;
  std::string lang;
  std::string country;  // as members typed it; compared without case
  Mode mode = Mode::any;
  std::string month;       // YYYY-MM or ""
  std::string month_from;  // YYYY-MM-01 of `month`
  std::string month_to;    // last day of `month`
  std::optional<std::int64_t> territory_id;
  std::vector<std::int64_t> territory_ids;  // territory_id and every place below it
  bool heart = false;
  int page = 1;
  int per_page = kPerPage;
  std::string today;  // YYYY-MM-DD: windows that ended before it are not "on site" any more
};

// A skill of the taxonomy with what the directory needs of it.
struct SkillNode {
  std::int64_t id = 0;
  std::optional<std::int64_t> parent_id;
  std::string slug, name_fr, name_ar, name_en;
  int position = 0;
  std::vector<std::string> synonyms;  // every language
};

struct Place {
  std::int64_t id = 0;
  std::optional<std::int64_t> parent_id;
  std::string kind, slug, name_fr, name_ar;
};

}  // namespace comdev::experts
