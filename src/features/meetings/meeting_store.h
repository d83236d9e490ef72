// All SQL of the meetings (migrations/0024_meetings, 0035_meetings_cancelled): meetings,
// answers, members' zones and their calendar feeds (only the token's hash is stored). Every
// function takes the caller's Conn: a transaction for writes (meeting_actions.cpp runs one per
// use case), any leased connection for reads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/meetings/meeting.h"
#include "store/db.h"

namespace comdev::meetings::meeting_store {

Result<std::optional<Meeting>> find(store::Conn& c, std::int64_t id);
// A project's meetings by start (at most `limit`).
Result<std::vector<Meeting>> of_project(store::Conn& c, std::int64_t project_id, int limit);
// The meetings of these projects that end after `from` and start before `to` (ISO text), by
// start.
Result<std::vector<Meeting>> of_projects(store::Conn& c, const std::vector<std::int64_t>& projects,
                                         const std::string& from, const std::string& to);

Result<std::vector<Rsvp>> answers(store::Conn& c, std::int64_t meeting_id);
Result<std::optional<Answer>> answer_of(store::Conn& c, std::int64_t meeting_id,
                                        std::int64_t member_id);

// The member's zone as chosen ("" when none).
Result<std::string> member_zone(store::Conn& c, std::int64_t member_id);
// The member owning the feed whose token hashes to `hash`; 0 when none.
Result<std::int64_t> feed_owner(store::Conn& c, const std::string& hash);
Result<bool> has_feed(store::Conn& c, std::int64_t member_id);

// ---- writes (REQUIRES: inside the caller's transaction) ----
Result<std::int64_t> insert(store::Conn& c, std::int64_t project_id, const MeetingInput& in,
                            std::int64_t by, const std::string& now);
// Gives the meeting new details; calendars see the change through its sequence.
Status update(store::Conn& c, std::int64_t id, const MeetingInput& in, const std::string& now);
// Takes the meeting's row for this transaction, so that a change and a cancellation wait for
// each other; false when it is cancelled or absent.
Result<bool> lock_open(store::Conn& c, std::int64_t id);
// Calls the meeting off (once: false when it already was) and raises its sequence, so calendars
// replace their copy with the cancelled one.
Result<bool> cancel(store::Conn& c, std::int64_t id, const std::string& reason, std::int64_t by,
                    const std::string& now);
Status set_minutes(store::Conn& c, std::int64_t id, const std::string& minutes_md,
                   const std::string& now);
Status put_answer(store::Conn& c, std::int64_t meeting_id, std::int64_t member_id, Answer a,
                  const std::string& now);
Status set_member_zone(store::Conn& c, std::int64_t member_id, const std::string& zone);
// Replaces the member's feed (the old address stops working).
Status put_feed(store::Conn& c, std::int64_t member_id, const std::string& hash,
                const std::string& now);
Status delete_feed(store::Conn& c, std::int64_t member_id);

}  // namespace comdev::meetings::meeting_store
