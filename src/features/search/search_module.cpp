#include "features/search/search_module.h"

#include "core/log.h"

namespace comdev::search_feature {

namespace {

// A listener cannot return an error: a failed refresh is logged and the entity is refreshed
// again by its next change (the index is rebuilt whole at the next start).
void log_failure(const Status& st, std::string_view topic) {
  if (!st) log::error("search.refresh_failed", {{"topic", topic}, {"detail", st.error().detail}});
}

}  // namespace

Result<std::shared_ptr<SearchIndex>> build(store::Db& db) {
  auto index = std::make_shared<SearchIndex>(db);
  if (auto st = index->build(); !st) return st.error();
  return index;
}

void register_module(web::App& app, changes::Follower& follower, std::shared_ptr<SearchIndex> index,
                     std::vector<std::shared_ptr<void>>& services) {
  SearchIndex* idx = index.get();
  services.push_back(index);
  follower.subscribe(std::string(changes::kProject), [idx](std::span<const std::int64_t> ids) {
    log_failure(idx->refresh_projects(ids), changes::kProject);
  });
  follower.subscribe(std::string(changes::kNeed), [idx](std::span<const std::int64_t> ids) {
    log_failure(idx->refresh_needs(ids), changes::kNeed);
  });
  follower.subscribe(std::string(changes::kOrganisation), [idx](std::span<const std::int64_t> ids) {
    log_failure(idx->refresh_organisations(ids), changes::kOrganisation);
  });
  Service service{*idx, follower};
  register_pages(app, service);
  register_api(app, service);
}

}  // namespace comdev::search_feature
