// The report's figures as a CSV file for the authority's forms and the association's books:
// one row per figure (heading, item, count, amount, amount spent, currency), amounts as exact
// decimals, headings in the reader's language, cells written by core::csv; UTF-8 with a BOM.
#pragma once

#include <string>

#include "features/campaign_reports/report_actions.h"
#include "i18n/lang.h"

namespace comdev::campaign_reports {

std::string report_csv(const Report& r, i18n::Lang lang);

}  // namespace comdev::campaign_reports
