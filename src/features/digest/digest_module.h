// The digest feature: an opt-in e-mail (off, daily, weekly) of the new needs that match a member,
// sent by a job kept in the database (one sender per digest, several instances or not), within a
// notification budget, with a one-click unsubscribe. Pages: /account/notifications,
// /digest/unsubscribe. See digest_job.h for the job.
#pragma once

#include <memory>
#include <vector>

#include "features/matching/matching_service.h"
#include "web/app.h"

namespace comdev::digest {

void register_pages(web::App& app);

// Registers the pages and, when app.config().digest_period_seconds > 0, the job with the app's
// scheduler. The job keeps `matching` alive while it runs.
void register_module(web::App& app, std::shared_ptr<matching::Service> matching);

}  // namespace comdev::digest
