// When a team member's visit of a project begins and ends, for "what changed since my last
// visit". Pure: the times come from the caller.
//
// A visit is a stretch of looking: pages seen less than kVisitGap apart belong to one visit, and
// during it the page keeps showing what changed before it began — going to a task and back does
// not empty the list. The last look is written at most every kSeenRefresh, so a team page read
// again and again costs no write.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "core/time.h"

namespace comdev::activity {

inline constexpr std::chrono::minutes kVisitGap{30};
inline constexpr std::chrono::minutes kSeenRefresh{5};

// A member's row for a project: the last look and the start of the changes shown ("" never).
struct Visit {
  core::Seconds seen_at;
  std::string since_at;
};

struct VisitStep {
  std::string since;           // what changed after this is news ("" nothing to show)
  std::optional<Visit> write;  // the row to store, when it must change
};

// `last`: the stored row, if any. A first look shows nothing and starts the first visit.
VisitStep next_visit(const std::optional<Visit>& last, core::Seconds now);

}  // namespace comdev::activity
