#include "features/communities/community_module.h"

#include <algorithm>

#include "core/log.h"
#include "features/communities/community_store.h"
#include "i18n/catalogue.h"

namespace comdev::communities {

Directory::Directory(store::Db& db, std::string preferred_slug)
    : db_(db), preferred_(std::move(preferred_slug)) {}

std::shared_ptr<const std::vector<Community>> Directory::all() {
  using namespace std::chrono;
  std::lock_guard lock(mu_);
  auto now = steady_clock::now();
  if (cached_ && now - loaded_at_ < seconds(5)) return cached_;
  auto list = community_store::list(db_);
  if (!list) {
    log::warn("communities unavailable", {{"detail", list.error().detail}});
    return cached_ ? cached_ : std::make_shared<const std::vector<Community>>();
  }
  auto v = std::move(*list);
  auto it =
      std::find_if(v.begin(), v.end(), [&](const Community& c) { return c.slug == preferred_; });
  if (it != v.end()) std::rotate(v.begin(), it, it + 1);
  cached_ = std::make_shared<const std::vector<Community>>(std::move(v));
  loaded_at_ = now;
  return cached_;
}

void register_module(web::App& app, Directory& directory) {
  app.add_home_count({"home.counts.dev_communities", community_store::count});
  app.set_site_info([&directory](i18n::Lang lang) {
    auto all = directory.all();
    if (all->empty()) {
      return web::SiteInfo{std::string(i18n::catalogue(lang).text("site.name")), "", false};
    }
    const Community& c = all->front();
    return web::SiteInfo{c.name.in(lang), c.territory.in(lang), c.demo};
  });
}

}  // namespace comdev::communities
