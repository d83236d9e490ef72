// The ledger's rules: what makes an entry valid, which entry may be reversed or confirmed, a
// skill's value, and how an entry moves the running totals. No I/O; tested exhaustively
// (ledger_rules_test.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/ledger/ledger.h"

namespace comdev::ledger {

inline constexpr std::size_t kMaxLabelBytes = 300;
inline constexpr std::size_t kMaxPieceBytes = 60;
inline constexpr std::size_t kMaxTextBytes = 1000;

// "YYYY-MM-DD" naming a real day between 2000 and 2100.
bool is_date(std::string_view s);

// Whether `e`, as a caller gives it, may be appended: amount in (0, kMaxAmountMinor], MAD or
// EUR, a date, a label, the fields its kind needs (money_out: a receipt document; skill: hours,
// rate and an amount equal to their product; reversal: the entry reversed; confirmation: the
// skill confirmed). Field errors name the form's fields with ledger.errors.* message ids.
Status validate(const NewEntry& e);

// A skill's value: hours_centi × rate_minor / 100, rounded half up; nullopt on overflow or a
// value above kMaxAmountMinor.
std::optional<std::int64_t> skill_value(std::int64_t hours_centi, std::int64_t rate_minor);

// Whether `target` (with what is known of later entries: target.reversed, target.confirmed) may
// be reversed by an entry of project `project_id`: not another project's, not a reversal, not a
// confirmation (reverse the skill instead), not already reversed.
Status may_reverse(const Entry& target, std::int64_t project_id);
// Whether `target` may be confirmed: a skill of the same project, not reversed nor confirmed.
Status may_confirm(const Entry& target, std::int64_t project_id);

// The buckets of the running totals: the kinds that count, and skills not yet confirmed.
inline constexpr std::string_view kSkillPending = "skill_pending";
inline constexpr std::string_view kBuckets[] = {"money_in", "grant",         "material",
                                                "skill",    "skill_pending", "money_out"};

struct Delta {
  std::string bucket;
  std::int64_t budget_line_id = 0;
  std::string currency;
  std::int64_t amount = 0;  // signed
  int entries = 0;          // +1, -1 or 0
};
// How appending `e` moves the totals; `target` is the entry it reverses or confirms (REQUIRES:
// given for those kinds).
std::vector<Delta> deltas(const NewEntry& e, const Entry* target);

}  // namespace comdev::ledger
