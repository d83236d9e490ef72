// The decision forms (and the API bodies): a proposal — title (200 characters), Markdown text
// (10,000; refused when the renderer would alter it: raw HTML, a javascript: link), deadline
// ("YYYY-MM-DDTHH:MM" in UTC, seconds optional), quorum (optional, 0 to kMaxQuorum votes) — and
// a vote: a choice and an optional reason (1,000). Whether the deadline is far enough ahead is the
// use case's check, against the clock. Field errors are catalogue keys.
#pragma once

#include <string_view>

#include "core/result.h"
#include "features/decisions/decision.h"

namespace comdev::decisions {

inline constexpr std::size_t kMaxTitle = 200;
inline constexpr std::size_t kMaxBody = 10000;
inline constexpr std::size_t kMaxReason = 1000;

Result<NewProposal> parse_proposal(std::string_view title, std::string_view body,
                                   std::string_view deadline, std::string_view quorum);
Result<VoteInput> parse_vote(std::string_view choice, std::string_view reason);

}  // namespace comdev::decisions
