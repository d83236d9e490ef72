// The rules of needs, without I/O: the fixed lists, the status lifecycle, amounts typed by people,
// dates, and the invariants of a need of each kind. Used by the forms, the API and the demo
// loader alike, so a need is checked the same way whichever door it comes through.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/result.h"
#include "features/needs/need.h"

namespace comdev::needs {

bool is_kind(std::string_view s);
bool is_status(std::string_view s);
bool is_mode(std::string_view s);
using money::is_currency;
bool is_language(std::string_view s);
bool is_level(std::string_view s);

// A real calendar date written YYYY-MM-DD (2027-02-29 is not one).
bool is_date(std::string_view s);

// The lifecycle: open ↔ discussion, either → satisfied or closed; a satisfied need can be
// closed, or reopened when the help fell through; a closed need can be reopened. Staying in the
// same status is not a change.
bool can_transition(std::string_view from, std::string_view to);
// The statuses reachable from `from`, in lifecycle order.
std::vector<std::string_view> next_statuses(std::string_view from);

// A funding need's amount is read by the shared money rules (money::parse_amount).
inline constexpr std::int64_t kMaxAmountMinor = money::kMaxMinor;

// A whole number typed in a form: nullopt when empty; Error::invalid when not digits.
Result<std::optional<std::int64_t>> parse_count(std::string_view typed);

inline constexpr int kMaxSkills = 10;
inline constexpr std::int64_t kMaxEffortDays = 3650;
inline constexpr std::int64_t kMaxQuantity = 1'000'000;

// Checks `d` and normalises it in place: trims nothing (the forms trim), clears the fields of the
// other kinds, resolves each skill by id or slug against `known` (filling both), sorts nothing.
// Returns the field errors (empty when valid), as catalogue keys.
std::vector<FieldError> check(NeedData& d, std::span<const SkillRef> known);

}  // namespace comdev::needs
