// All SQL of the activity timeline (project_activity, project_visits). Writers call record()
// inside their own transaction, so an event exists exactly when what it tells happened.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/activity/activity.h"
#include "store/db.h"

namespace comdev::activity::activity_store {

// REQUIRES: inside the caller's transaction.
Status record(store::Conn& c, const Event& e, const std::string& now);

// The newest events of a project, newest first, older than `before` (0: from the newest); at
// most `limit`. The caller asks for one more than it shows to know whether more exist.
Result<std::vector<Entry>> timeline(store::Conn& c, std::int64_t project_id, std::int64_t before,
                                    int limit);

// Notes a look of `member_id` at the project's team page at `now` and returns since when
// changes are news to them ("" none: a first visit), by the visit rules of activity_rules.h.
Result<std::string> visit(store::Conn& c, std::int64_t project_id, std::int64_t member_id,
                          core::Seconds now);

// Events after `since` by others than `member_id`, newest first, at most `limit`.
Result<std::vector<Entry>> since(store::Conn& c, std::int64_t project_id, std::int64_t member_id,
                                 const std::string& since, int limit);

}  // namespace comdev::activity::activity_store
