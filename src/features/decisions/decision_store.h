// All SQL of the decisions (migrations/0023_workspace): proposals, votes (one per member and
// decision: a second vote replaces the first, whichever of two simultaneous votes commits last
// wins and the other is not counted twice), and the outcome written once at closing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/decisions/decision.h"
#include "store/db.h"

namespace comdev::decisions::decision_store {

inline constexpr int kLogLimit = 200;

Result<std::optional<Proposal>> find(store::Conn& c, std::int64_t id);
// A project's decisions, newest first (at most kLogLimit).
Result<std::vector<Proposal>> list(store::Conn& c, std::int64_t project_id);
// The votes of a decision, in the order they were last changed.
Result<std::vector<Vote>> votes(store::Conn& c, std::int64_t decision_id);
// The ids of a project's decisions not closed whose deadline is at or before `now` (ISO).
Result<std::vector<std::int64_t>> due(store::Conn& c, std::int64_t project_id,
                                      const std::string& now);
// The ids of every project's decisions not closed whose deadline is at or before `now` (ISO), at
// most `limit`, oldest first: what the closing job has to do (the partial index decisions_open
// holds only open decisions, so this stays small).
Result<std::vector<std::int64_t>> due_everywhere(store::Conn& c, const std::string& now, int limit);
// Decisions closed after `since` and at or before `now` (ISO) in these projects, latest first,
// at most `limit`: a team member's digest tells their outcome.
Result<std::vector<Proposal>> closed_between(store::Conn& c,
                                             const std::vector<std::int64_t>& projects,
                                             const std::string& since, const std::string& now,
                                             int limit);

// ---- writes (REQUIRES: inside the caller's transaction) ----
Result<std::int64_t> insert(store::Conn& c, std::int64_t project_id, const NewProposal& in,
                            std::int64_t by, const std::string& now);
// Takes the decision's row for this transaction (a vote and the closing wait for each other, so
// a vote is either counted or refused, never lost); false when it is closed or absent.
Result<bool> lock_open(store::Conn& c, std::int64_t id);
// Inserts the member's vote or replaces it (INSERT … ON CONFLICT DO UPDATE).
Status upsert_vote(store::Conn& c, std::int64_t decision_id, std::int64_t member_id,
                   const VoteInput& in, const std::string& now);
// Writes the outcome and the counts; false when the decision was already closed.
Result<bool> close(store::Conn& c, std::int64_t id, Outcome o, const Tally& t,
                   const std::string& now);

}  // namespace comdev::decisions::decision_store
