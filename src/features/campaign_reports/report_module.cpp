#include "features/campaign_reports/report_module.h"

#include "features/campaign_reports/report_reminders.h"

namespace comdev::campaign_reports {

void register_module(web::App& app) {
  register_pages(app);
  schedule(app.jobs(), app.db(), app.mailer(), app.config().base_url);
}

}  // namespace comdev::campaign_reports
