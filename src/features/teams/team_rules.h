// The team's rules, without I/O: role kinds, the last carrier, the edit window of a message, who
// a message mentions, and the paging sizes. Time comes from the caller (a core::Clock).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/time.h"
#include "features/teams/team.h"

namespace comdev::teams {

// An author may correct a message for this long after writing it; later, what others have read
// stays as they read it.
inline constexpr std::chrono::minutes kEditWindow{15};
inline constexpr int kThreadsPerPage = 20;
inline constexpr int kMessagesPerPage = 20;

// True while `now` is within kEditWindow of `created_at` (ISO text); false when unreadable.
bool editable(std::string_view created_at, core::Seconds now);

// How many carriers the team has (members by their organisation count once).
int carrier_count(const std::vector<Member>& team);
// Whether giving `member_id` the kind `to` (nullopt: taking them out of the team) would leave
// the team without a carrier. A representative of the carrier organisation stays a carrier
// whatever happens to their row.
bool leaves_no_carrier(const std::vector<Member>& team, std::int64_t member_id,
                       std::optional<RoleKind> to);

// The members of `team` that `body` mentions as "@Display Name" (the name whole: followed by
// neither a letter nor a digit), each once, without `author_id`. Longer names are tried first,
// so "@Nadia Ouhammou" is not also a mention of a member called "Nadia".
std::vector<std::int64_t> mentioned(std::string_view body, const std::vector<Member>& team,
                                    std::int64_t author_id);

}  // namespace comdev::teams
