// All SQL of the digest (migrations/0014_digest): a member's choice, the members whose digest is
// due, the new needs to show them, the claim that makes one instance the sender of a digest, and
// the one-click unsubscribe. Reads the needs, projects, territories, skills and mobilisation
// tables of the features below it, never writes them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/digest/digest.h"
#include "store/db.h"

namespace comdev::digest::digest_store {

// The member's choice; nullopt when they never made one (the digest is off).
Result<std::optional<Settings>> settings(store::Db& db, std::int64_t member_id);
// Sets the member's frequency, with its audit entry. Turning the digest on (from off or from no
// choice) sets `since` to `now`, so the first digest holds only needs published from then on.
Status set_frequency(store::Db& db, std::int64_t member_id, Frequency f, core::Seconds now);
// How many skills the member's profile offers (the digest is built from them).
Result<std::int64_t> skill_count(store::Db& db, std::int64_t member_id);

// Up to `limit` members with id > after_id whose digest is on, whose account is live with a
// verified address, whose digest of the current period is neither sent nor held by a live claim
// or a recent empty look, and whose budget allows an e-mail now. Ordered by member id.
Result<std::vector<Candidate>> due(store::Db& db, core::Seconds now, std::int64_t after_id,
                                   int limit);

// The open skill needs among `ids` created after `since` and not after `now`, leaving out those
// the member created, was invited to or offered help on.
Result<std::vector<NewNeed>> new_needs(store::Db& db, std::int64_t member_id,
                                       const std::vector<std::int64_t>& ids,
                                       const std::string& since, core::Seconds now);

// Makes this caller the one sender of the member's digest for `period_key`, in one transaction:
// locks the member's settings row, checks the digest is still on and the budget (no non-direct
// e-mail since the window start, no live claim on another period), then inserts the run row, or
// takes over one whose lease has passed. True when this caller won; false when another instance
// holds it, it was sent, or the budget is spent. `token_hash` is the unsubscribe token's hash.
Result<bool> claim(store::Db& db, std::int64_t member_id, const std::string& period_key,
                   core::Seconds now, core::Seconds window_start, const std::string& token_hash);
// Records that the digest was sent: the run row, the e-mail in the budget's log, and `since`
// moved to `composed_at` (needs published later go in the next digest).
Status mark_sent(store::Db& db, std::int64_t member_id, const std::string& period_key,
                 core::Seconds now, const std::string& composed_at, int needs_count);
// Records that there was nothing new for the member, so nobody looks again before
// `recheck_at` (a live claim or a sent digest is left as it is).
Status mark_empty(store::Db& db, std::int64_t member_id, const std::string& period_key,
                  core::Seconds now, core::Seconds recheck_at);

// The member a digest's unsubscribe token names (live account); nullopt for an unknown token.
Result<std::optional<std::int64_t>> member_for_token(store::Db& db, const std::string& token_hash);
// Turns off the digest of the member the token names, with its audit entry; nullopt for an
// unknown token. Turning off twice is harmless.
Result<std::optional<std::int64_t>> unsubscribe(store::Db& db, const std::string& token_hash,
                                                core::Seconds now);

}  // namespace comdev::digest::digest_store
