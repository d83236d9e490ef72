#include "features/campaigns/campaign_module.h"

#include "core/log.h"
#include "features/campaigns/campaign_actions.h"

namespace comdev::campaigns {

void register_module(web::App& app) {
  register_pages(app);
  register_treasury_pages(app);
  register_api(app);
  register_hooks();
  // Ends are days: an hourly pass closes a campaign within the hour after its last day, and
  // expires pledges a month old. Idempotent, so a pass taken over after a crash does no harm.
  store::Db& db = app.db();
  app.jobs().every(
      "campaigns.housekeeping", std::chrono::hours(1), std::chrono::seconds(0),
      std::chrono::minutes(10), [&db](core::Seconds now, const std::atomic<bool>&) -> Status {
        auto h = housekeeping(db, now);
        if (!h) return h.error();
        if (h->closed > 0 || h->expired > 0) {
          log::info("campaigns.housekeeping", {{"closed", h->closed}, {"expired", h->expired}});
        }
        return {};
      });
}

}  // namespace comdev::campaigns
