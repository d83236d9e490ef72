// The digest's rules, without I/O: which period a digest belongs to (one sender per period), the
// notification budget's window, how long a claim or an empty look lasts, and which matches make
// the content. Exhaustively unit-tested (digest_rules_test.cpp).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/time.h"
#include "features/digest/digest.h"

namespace comdev::digest {

// At most this many needs in one digest: a short e-mail is read, a long one is not.
inline constexpr std::size_t kMaxItems = 10;
// How many of the member's best matches are looked at to find the new ones. A new need ranked
// lower than this is a weak match and is left out.
inline constexpr std::size_t kMatchesLookedAt = 200;
// An instance that claimed a digest has this long to send it; after that any instance may take
// it over (the first one crashed, or the relay refused the message).
inline constexpr std::chrono::seconds kClaimLease{15 * 60};
// When there was nothing new for a member, the next look is this much later.
inline constexpr std::chrono::seconds kEmptyRecheck{60 * 60};
// Members looked at per query of the job (the job pages through them all).
inline constexpr int kBatch = 200;

// The period a digest belongs to: the ISO week for a weekly digest ("2026-W48"), the UTC day for
// a daily one ("2026-11-23"). REQUIRES: f is not off.
std::string period_key(Frequency f, core::Seconds now);
// "2026-W48": ISO 8601 week-numbering year and week (weeks start on Monday; week 1 holds the
// year's first Thursday), so 2027-01-01 (a Friday) is "2026-W53".
std::string iso_week(core::Seconds t);

// The notification budget: a member may receive one non-direct e-mail (the digest, any future
// newsletter) per window — 7 days, or 1 day for a member who chose the daily digest. Returns the
// start of the window ending at `now`: an e-mail sent after it uses up the budget.
core::Seconds budget_window_start(Frequency f, core::Seconds now);

// The digest's content: among the member's best matches (best first), the needs that are new to
// them (listed in `new_needs`, by id), at most kMaxItems, best first, ties by newest need.
// `matches` pairs a need id with its score.
struct Scored {
  std::int64_t need_id = 0;
  double score = 0;
};
std::vector<Scored> pick_new(const std::vector<Scored>& matches,
                             const std::unordered_map<std::int64_t, std::string>& new_needs);

}  // namespace comdev::digest
