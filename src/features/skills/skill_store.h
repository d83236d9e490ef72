// All SQL of the skill taxonomy (migrations 0006, 0012, 0015): the `skills` rows, their tree
// (parent_id, position), their synonyms, and who last edited them.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.h"
#include "features/skills/skill.h"
#include "store/db.h"

namespace comdev::skills::skill_store {

// Every skill with its synonyms, ordered by position then slug (the taxonomy's order).
Result<std::vector<Skill>> all(store::Db& db);
Result<std::vector<Skill>> all(store::Conn& conn);

Result<std::optional<Skill>> find(store::Db& db, std::int64_t id);

// Makes the table follow `file` (already checked): inserts the slugs it lacks, refreshes the rows
// no administrator edited, records a changes::kSkill row for each skill it touched; all in one
// transaction. Returns how many skills it touched (0 on a second run).
Result<int> sync(store::Db& db, const std::vector<Entry>& file);

// REQUIRES (create, update): inside the caller's transaction; `e` checked (skill_forms).
// A new skill, placed last; nullopt when the slug is taken.
Result<std::optional<std::int64_t>> create(store::Conn& conn, const std::string& slug,
                                           const Edit& e, std::int64_t member_id);
// Error::not_found when there is no such skill.
Status update(store::Conn& conn, std::int64_t id, const Edit& e, std::int64_t member_id);
// How many skills have `id` as parent.
Result<std::int64_t> child_count(store::Conn& conn, std::int64_t id);

}  // namespace comdev::skills::skill_store
