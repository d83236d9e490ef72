// data/skills.json, the taxonomy kept in the repository: a JSON array of
// {"slug", "parent" (a domain's slug, or null), "fr", "ar", "en",
//  "synonyms": {"fr": […], "ar": […], "en": […]}}, domains before their skills.
// Reading checks everything taxonomy_problem() checks; writing gives back the same bytes for the
// same entries (one-space indent, keys in that order, UTF-8 unescaped, no final newline), so an
// administrator's export can be committed over the file and the diff shows only the edits.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/skills/skill.h"

namespace comdev::skills {

// Error::internal whose detail says what is wrong and where ("entry 12 (slug "x"): …").
Result<std::vector<Entry>> parse_taxonomy(std::string_view json_text);
// The same, reading `path`; the detail starts with the path.
Result<std::vector<Entry>> read_taxonomy(const std::filesystem::path& path);

std::string write_taxonomy(const std::vector<Entry>& entries);

}  // namespace comdev::skills
