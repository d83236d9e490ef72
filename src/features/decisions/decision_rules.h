// The decision rules, without I/O: when votes are taken, when a deadline may be set, and the
// outcome. Time comes from the caller (a core::Clock).
//
// The outcome, computed once at the deadline from the votes then counted:
//   1. one "block" or more                              → blocked (a block is a veto, as Loomio's);
//   2. no vote at all, or fewer votes than the quorum   → no_quorum (abstentions count towards the
//      quorum: someone who abstains took part);
//   3. more "agree" than "disagree"                     → adopted;
//   4. otherwise (a tie included)                       → rejected.
#pragma once

#include <chrono>
#include <string_view>

#include "core/time.h"
#include "features/decisions/decision.h"

namespace comdev::decisions {

// A deadline is at least this far ahead when the proposal is made, and at most a year.
inline constexpr std::chrono::seconds kMinimumNotice{60};
inline constexpr std::chrono::days kLongestVote{365};
inline constexpr int kMaxQuorum = 500;

// Votes are taken and changed while `now` is before the deadline; at the deadline they stop.
bool open_for_votes(std::string_view deadline, core::Seconds now);
// Whether the proposal's deadline may be set to `deadline` at `now`.
bool acceptable_deadline(core::Seconds deadline, core::Seconds now,
                         std::chrono::seconds notice = kMinimumNotice);
Outcome outcome(const Tally& t, int quorum);

}  // namespace comdev::decisions
