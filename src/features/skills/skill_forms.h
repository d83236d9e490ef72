// The administrator's skill form (/admin/skills/new, /admin/skills/{id}/edit): labels in French,
// Arabic and English, synonyms one per line per language, the parent domain (none: the skill is a
// domain) and, for a new skill, its slug. Field errors are catalogue keys; lengths in characters.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/skills/skill.h"
#include "http/form.h"

namespace comdev::skills {

struct SkillForm {
  std::string slug;    // new skills only
  std::string parent;  // the parent domain's slug, empty for a domain
  Edit edit;
};

// `all` is the taxonomy as stored; `editing_id` the skill being edited (0 for a new one, whose
// slug is then read and checked). The parent must be a domain other than the skill itself; a
// domain that holds skills cannot move under another. `typed` receives what was read even when
// the form is refused (to show it again).
Result<SkillForm> parse_skill_form(const http::Form& form, const std::vector<Skill>& all,
                                   std::int64_t editing_id, SkillForm* typed = nullptr);

// Synonyms as typed in a textarea: one per line, trimmed, blank lines and repeats dropped.
std::vector<std::string> synonym_lines(std::string_view text);
std::string join_lines(const std::vector<std::string>& lines);

}  // namespace comdev::skills
