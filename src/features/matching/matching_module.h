// The matching feature: the service that keeps the engine's index current (matching_service.h),
// the "experts to invite" section of a need's page, "needs for you" (/me/needs), and the API
// (GET /api/v1/needs/{id}/matches, GET /api/v1/members/{id}/matches).
#pragma once

#include <memory>
#include <vector>

#include "core/result.h"
#include "features/changes/change_follower.h"
#include "features/matching/matching_service.h"
#include "web/app.h"

namespace comdev::matching {

void register_pages(web::App& app, Service& service);
void register_api(web::App& app, Service& service);

// The service of the application serving this request (the need page's section is registered
// once per process; each application has its own service). nullptr when it has none.
std::shared_ptr<Service> service_for(const web::App& app);

// Registers the pages, the section and the API of a service built by Service::build (which reads
// the index from the database and subscribes it to the change log: it may run on a thread of its
// own beside the other indexes, as long as nothing else subscribes meanwhile). The service is
// kept alive in `services`; the caller passes it on to the features that invite, offer and send
// digests. REQUIRES: before follower.start().
void register_module(web::App& app, std::shared_ptr<Service> service,
                     std::vector<std::shared_ptr<void>>& services);

}  // namespace comdev::matching
