// The report's use cases, shared by its pages and its CSV: read it (with its figures), enter and
// remove a cost, mark it sent to the authority. Each checks the policy (report_permissions.h)
// and writes in one transaction with its audit entry. A report the actor may not read is
// answered as not found, as is the report of a campaign not closed yet.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/campaign_reports/campaign_report.h"
#include "features/campaign_reports/report_forms.h"
#include "features/campaign_reports/report_permissions.h"
#include "features/campaign_reports/report_store.h"
#include "features/campaigns/campaign.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::campaign_reports {

struct Report {
  campaigns::Campaign campaign;
  Subject subject;
  std::string closing_day, due_on;
  std::optional<report_store::Sent> sent;
  std::vector<CostLine> costs;
  Figures figures;
  std::vector<std::string> reminders;  // kinds of the reminders already sent
};

Result<Report> readable(store::Db& db, const web::Actor& actor, std::int64_t campaign_id);

Result<std::int64_t> add_cost(store::Db& db, const web::Actor& actor, std::int64_t campaign_id,
                              const CostInput& in, core::Seconds now);
Status remove_cost(store::Db& db, const web::Actor& actor, std::int64_t campaign_id,
                   std::int64_t cost_id, core::Seconds now);
// conflict (campaign_reports.errors.already_sent) when it was marked sent meanwhile.
Status mark_sent(store::Db& db, const web::Actor& actor, std::int64_t campaign_id,
                 const SentInput& in, core::Seconds now);

}  // namespace comdev::campaign_reports
