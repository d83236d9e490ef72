#include "features/needslist/needslist_module.h"

namespace comdev::needslist {

Status register_module(web::App& app, changes::Follower& follower,
                       std::vector<std::shared_ptr<void>>& services) {
  auto live = std::make_shared<NeedsLive>(app.db(), follower);
  if (auto st = live->build(); !st) return st;
  live->follow();
  register_pages(app, *live);
  register_api(app, *live);
  services.push_back(std::move(live));
  return {};
}

}  // namespace comdev::needslist
