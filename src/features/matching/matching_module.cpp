#include "features/matching/matching_module.h"

#include <map>
#include <mutex>

namespace comdev::matching {
namespace {

std::mutex registry_mu;
std::map<const web::App*, std::weak_ptr<Service>>& registry() {
  static std::map<const web::App*, std::weak_ptr<Service>> r;
  return r;
}

}  // namespace

std::shared_ptr<Service> service_for(const web::App& app) {
  std::lock_guard lock(registry_mu);
  auto it = registry().find(&app);
  return it == registry().end() ? nullptr : it->second.lock();
}

void register_module(web::App& app, std::shared_ptr<Service> service,
                     std::vector<std::shared_ptr<void>>& services) {
  {
    std::lock_guard lock(registry_mu);
    registry()[&app] = service;
  }
  register_pages(app, *service);
  register_api(app, *service);
  services.push_back(std::move(service));
}

}  // namespace comdev::matching
