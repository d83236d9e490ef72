// The search feature: one box over projects, needs and organisations (/search and
// GET /api/v1/search), answered from an in-memory index (search_index.h) built here at start
// and kept current through the change log.
#pragma once

#include <memory>
#include <vector>

#include "core/result.h"
#include "features/changes/change_follower.h"
#include "features/search/search_index.h"
#include "web/app.h"

namespace comdev::search_feature {

// What the handlers share: the index and the follower to catch up with before answering.
struct Service {
  SearchIndex& index;
  changes::Follower& follower;
};

void register_pages(web::App& app, Service service);
void register_api(web::App& app, Service service);

// Builds the index from the database; fails when the database cannot be read. Touches neither
// the App nor the follower, so it may run on a thread of its own beside the other indexes.
Result<std::shared_ptr<SearchIndex>> build(store::Db& db);
// Subscribes the index to the change log and registers the routes; the index is kept alive in
// `services`. REQUIRES: before follower.start().
void register_module(web::App& app, changes::Follower& follower, std::shared_ptr<SearchIndex> index,
                     std::vector<std::shared_ptr<void>>& services);

}  // namespace comdev::search_feature
