// Pure rules of the maturity path: which items are done, what is missing before a move, and
// whether a move may be made (complete checklist, or an animator's override with a reason).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/maturity/maturity.h"
#include "features/projects/project_rules.h"

namespace comdev::maturity {

// The path: the lifecycle's first six statuses (projects::kStatuses). "capitalised", the
// seventh, follows the lessons-learned sheet and is outside the path. The words of the path map
// onto them: studied = maturing, fundable = ready, funded = funding.
inline constexpr std::span<const std::string_view, 6> kStages{projects::kStatuses.data(), 6};
// -1 when `s` is not a stage of the path.
int stage_index(std::string_view s);
// Every stage but the first has a checklist (an idea needs nothing to be an idea).
bool has_checklist(std::string_view stage);

inline constexpr std::size_t kMaxLabel = 200;
inline constexpr std::size_t kMaxNote = 500;
inline constexpr std::size_t kMaxReason = 1000;

// The path of a project at `current` from its community's items, its ticks and the facts the
// computed items read. A tick of a computed item counts for nothing (the facts decide).
Path build_path(std::string_view current, const std::vector<Item>& items,
                const std::vector<Tick>& ticks, const Facts& facts);

// The stage after `current` on the path; "" at done, after it or off the path.
std::string next_stage(std::string_view current);

// The items not done in the checklists of the stages a move from `from` to `to` enters (every
// stage after `from` up to `to`: skipping a stage does not skip its checklist). Nothing for a
// move back, or into a status off the path.
std::vector<ItemState> missing_for(const Path& path, std::string_view from, std::string_view to);

// Whether the move may be made: an error when the lifecycle refuses it (422), when items are
// missing and no override reason is given (409), or when someone without the right asks for an
// override (403). True when it is made by override (items missing, reason given, right held).
Result<bool> judge_move(std::string_view from, std::string_view to, std::size_t missing,
                        std::string_view override_reason, bool may_override);

}  // namespace comdev::maturity
