// The skill taxonomy: domains (no parent) and the skills under them, each with French, Arabic and
// English labels and synonyms. data/skills.json is the reference list kept in the repository;
// the `skills` table is what the application uses (an administrator may edit it). Rows are found
// by slug, never by id: ids differ from one database to another. Plain structs; std only.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::skills {

inline constexpr std::array<std::string_view, 3> kLangs = {"fr", "ar", "en"};

// Limits, in characters, of what an administrator may type (the file obeys them too).
inline constexpr std::size_t kMaxSlugChars = 64;
inline constexpr std::size_t kMaxLabelChars = 120;
inline constexpr std::size_t kMaxSynonymChars = 120;
inline constexpr std::size_t kMaxSynonymsPerLang = 30;

struct Labels {
  std::string fr, ar, en;
  bool operator==(const Labels&) const = default;
};

// Other words people use for a skill, per language, in the order given.
struct Synonyms {
  std::vector<std::string> fr, ar, en;
  bool operator==(const Synonyms&) const = default;
};

// One entry of data/skills.json, and of its export: `parent` is the domain's slug, empty for a
// domain.
struct Entry {
  std::string slug;
  std::string parent;
  Labels labels;
  Synonyms synonyms;
  bool operator==(const Entry&) const = default;
};

// A row of the `skills` table with its synonyms.
struct Skill {
  std::int64_t id = 0;
  std::string slug;
  std::int64_t parent_id = 0;  // 0: a domain
  int position = 0;            // order among its siblings (the file's order)
  Labels labels;
  Synonyms synonyms;
  std::string edited_at;  // when an administrator last changed it; empty: follows the file
};

// What an administrator sets on a skill (the slug never changes: rows are found by it).
struct Edit {
  Labels labels;
  Synonyms synonyms;
  std::int64_t parent_id = 0;  // 0: a domain
};

}  // namespace comdev::skills
