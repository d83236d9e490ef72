// The need forms: a new need or an edit (one form, the parts of every kind; only the chosen
// kind's part is kept) and the status form. Parses typed text into a NeedData and checks it with
// need_rules' check(), so the pages and the API refuse the same things. Field errors are
// catalogue keys; lengths in characters.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/text.h"
#include "features/needs/need.h"
#include "http/form.h"

namespace comdev::needs {

// Form field holding a skill's level: "skill.<slug>" (empty = not required).
std::string skill_input(std::string_view slug);

// `fixed_kind`, when set, replaces the form's "kind" (a need keeps its kind once created).
Result<NeedData> parse_need(const http::Form& form, std::span<const SkillRef> known,
                            std::optional<std::string_view> fixed_kind = std::nullopt);

// The status field of the status form; needs.errors.status when it is not a status at all
// (whether the change is allowed from the current status is the store's check, under a lock).
Result<std::string> parse_status(std::string_view status);

// Ids in URLs and forms: "42" → 42, anything else → 0.
using core::parse_id;

}  // namespace comdev::needs
