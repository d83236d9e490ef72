#include "features/digest/digest_module.h"

#include "features/digest/digest_job.h"

namespace comdev::digest {

void register_module(web::App& app, std::shared_ptr<matching::Service> matching) {
  register_pages(app);
  if (app.config().digest_period_seconds > 0 && matching) {
    schedule(app.jobs(), app.db(), std::move(matching), app.mailer(), app.config());
  }
}

}  // namespace comdev::digest
