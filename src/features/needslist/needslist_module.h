// The needs list feature: /needs (every open need across projects, with filters and counts)
// and GET /api/v1/needs, answered from an in-memory index (needs_live.h).
#pragma once

#include <memory>
#include <vector>

#include "core/result.h"
#include "features/changes/change_follower.h"
#include "features/needslist/needs_live.h"
#include "web/app.h"

namespace comdev::needslist {

void register_pages(web::App& app, NeedsLive& live);
void register_api(web::App& app, NeedsLive& live);

// Builds the index from the database (fails if it cannot be read). Touches neither the App nor the
// follower's subscriptions, so it may run on a thread of its own beside the other indexes.
Result<std::shared_ptr<NeedsLive>> build(store::Db& db, changes::Follower& follower);
// Subscribes the index to the change log and registers the routes. The index is kept alive in
// `services`. REQUIRES: before follower.start().
void register_module(web::App& app, std::shared_ptr<NeedsLive> live,
                     std::vector<std::shared_ptr<void>>& services);

}  // namespace comdev::needslist
