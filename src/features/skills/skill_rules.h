// Pure rules of the skill taxonomy: what a valid taxonomy is (slugs, labels, a two-level tree),
// what the start-up sync must change to follow data/skills.json, and the taxonomy grouped by
// domain in the reader's language, as the skill pickers show it. No I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/skills/skill.h"
#include "i18n/lang.h"

namespace comdev::skills {

// [a-z0-9_], 1 to kMaxSlugChars characters.
bool valid_slug(std::string_view slug);

// The label in `lang`; French when that one is empty.
const std::string& label(const Labels& labels, i18n::Lang lang);
std::vector<std::string>& synonyms_in(Synonyms& s, std::string_view lang);
const std::vector<std::string>& synonyms_in(const Synonyms& s, std::string_view lang);

// Labels present, valid UTF-8 without control characters, within the limits; synonyms likewise.
// Returns what is wrong, for a log line ("the Arabic label is missing"), or nullopt.
std::optional<std::string> entry_problem(const Entry& e);

// A whole file: every entry valid, slugs unique, each parent a domain (an entry without parent)
// that appears earlier in the file. Returns "entry 12 (slug \"x\"): …", or nullopt.
std::optional<std::string> taxonomy_problem(const std::vector<Entry>& entries);

// What the sync must do for entry `entry` of the file: insert it, or refresh its row.
struct SyncStep {
  std::size_t entry = 0;
  bool insert = false;
};
// Entries the database lacks (by slug) are inserted; rows no administrator edited are refreshed
// when their labels, synonyms, parent or position (the entry's index in the file) differ; edited
// rows and rows absent from the file are left alone. Empty when the database already follows.
std::vector<SyncStep> plan_sync(const std::vector<Entry>& file, const std::vector<Skill>& rows);

// The taxonomy as file entries, in the order of the rows' positions (ties by slug).
std::vector<Entry> to_entries(const std::vector<Skill>& rows);

// The skill pickers and the admin tree: domains in order, each with its skills in order, labels
// in the reader's language. A skill whose parent is not a domain is left out.
struct Item {
  std::int64_t id = 0;
  std::string slug;
  std::string label;
};
struct Domain {
  Item domain;
  std::vector<Item> skills;
};
std::vector<Domain> group_by_domain(const std::vector<Skill>& rows, i18n::Lang lang);

}  // namespace comdev::skills
