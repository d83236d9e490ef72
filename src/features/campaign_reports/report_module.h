// The law 18-18 report of a closed campaign: its page and CSV for the collecting organisation's
// treasurers and representatives and the animators (/campaigns/{id}/report), the costs and the
// sending to the authority entered by a treasurer, and the hourly job that reminds the
// organisation a week and a day before the report is due and tells the animators once it is
// late. Comes after campaigns and the ledger.
#pragma once

#include "web/app.h"

namespace comdev::campaign_reports {

void register_pages(web::App& app);  // report_pages.cpp

// The pages and the reminders' job on the application's scheduler.
void register_module(web::App& app);

}  // namespace comdev::campaign_reports
