// All SQL of the team's discussion (migrations/0021_discussion): threads and their messages,
// read by keyset on id (a page of N rows costs the same however deep it is). Writes take the
// Conn of the caller's transaction (discussion_actions.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "features/teams/team.h"
#include "store/db.h"

namespace comdev::teams::discussion_store {

Result<std::optional<Thread>> thread(store::Conn& c, std::int64_t thread_id);
// A project's threads, newest first; `before` (0: from the newest) continues an older page.
Result<Page<Thread>> threads(store::Conn& c, std::int64_t project_id, std::int64_t before,
                             int limit);
Result<std::optional<Message>> message(store::Conn& c, std::int64_t message_id);
// A thread's messages in the order they were written: the last `limit` by default; `before`
// (older than this id) or `after` (newer than this id) move through the thread.
Result<Page<Message>> messages(store::Conn& c, std::int64_t thread_id, std::int64_t before,
                               std::int64_t after, int limit);

// ---- writes (REQUIRES: inside the caller's transaction) ----
Result<std::int64_t> insert_thread(store::Conn& c, std::int64_t project_id, std::int64_t author,
                                   const std::string& title, const std::string& now);
// Adds the message and moves the thread's count and last activity.
Result<std::int64_t> insert_message(store::Conn& c, std::int64_t thread_id, std::int64_t author,
                                    const std::string& body, const std::string& now);
Status edit_message(store::Conn& c, std::int64_t message_id, const std::string& body,
                    const std::string& now);
// Empties the body and records who removed it; false when it was already removed.
Result<bool> remove_message(store::Conn& c, std::int64_t message_id, std::int64_t by,
                            const std::string& now);

}  // namespace comdev::teams::discussion_store
