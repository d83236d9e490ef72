#include "features/needslist/needslist_module.h"

namespace comdev::needslist {

Result<std::shared_ptr<NeedsLive>> build(store::Db& db, changes::Follower& follower) {
  auto live = std::make_shared<NeedsLive>(db, follower);
  if (auto st = live->build(); !st) return st.error();
  return live;
}

void register_module(web::App& app, std::shared_ptr<NeedsLive> live,
                     std::vector<std::shared_ptr<void>>& services) {
  live->follow();
  register_pages(app, *live);
  register_api(app, *live);
  services.push_back(std::move(live));
}

}  // namespace comdev::needslist
