#include "features/opportunities/opportunity_module.h"

#include "core/log.h"
#include "features/opportunities/opportunity_store.h"

namespace comdev::opportunities {

Status register_module(web::App& app, changes::Follower& follower, const map::Leaflet& leaflet,
                       std::vector<std::shared_ptr<void>>& services) {
  auto index = std::make_shared<OpportunityIndex>(app.db());
  if (auto st = index->build(); !st) return st;
  OpportunityIndex* idx = index.get();
  services.push_back(index);
  follower.subscribe(std::string(kOpportunity), [idx](std::span<const std::int64_t> ids) {
    // A listener cannot return an error: the opportunity is indexed again at its next change,
    // and the whole index at the next start.
    if (auto st = idx->refresh(ids); !st) {
      log::error("opportunities.refresh_failed", {{"detail", st.error().detail}});
    }
  });
  Service service{*idx, follower, leaflet};
  register_pages(app, service);
  register_api(app, service);
  register_notifications();
  return {};
}

}  // namespace comdev::opportunities
