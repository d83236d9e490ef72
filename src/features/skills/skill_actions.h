// Use cases of the skill taxonomy: the start-up sync from data/skills.json, and an
// administrator's creation or edit (one transaction each, with its audit entry and its
// changes::kSkill row, so the matching index rebuilds its taxonomy on every instance).
#pragma once

#include <cstdint>
#include <filesystem>

#include "core/result.h"
#include "features/skills/skill_forms.h"
#include "store/db.h"

namespace comdev::skills {

// Reads and checks `path`, then makes the database follow it (skill_store::sync). A missing or
// malformed file is an Error::internal whose detail names the file and the problem. Returns how
// many skills changed (0 on a second run).
Result<int> sync_from_file(store::Db& db, const std::filesystem::path& path);

// REQUIRES: `form` from parse_skill_form; the caller may manage the taxonomy.
// The new skill's id; a slug taken meanwhile is a field error on "slug".
Result<std::int64_t> create_skill(store::Db& db, std::int64_t actor_id, const SkillForm& form);
Status edit_skill(store::Db& db, std::int64_t actor_id, std::int64_t id, const SkillForm& form);

}  // namespace comdev::skills
