// The rules of the law 18-18 report, pure (no I/O, no clock: callers pass today's date, read from
// the injected core::Clock): when it is due, which reminder is due on a given day, whether it is
// late, and its figures from its inputs.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "features/campaign_reports/campaign_report.h"

namespace comdev::campaign_reports {

// A YYYY-MM-DD calendar day, or nullopt.
std::optional<std::chrono::year_month_day> calendar_day(std::string_view s);

// The due date: the campaign's closing day + kReportDelayDays ("2027-01-31" + 30 →
// "2027-03-02"). nullopt when `closing_day` is not a YYYY-MM-DD calendar day.
std::optional<std::string> due_on(std::string_view closing_day);

// Days from `today` to `due` (negative once past); nullopt when either is not a calendar day.
std::optional<int> days_left(std::string_view today, std::string_view due);

// The reminder due on `today` for a report not yet sent and due on `due`: overdue once the due
// day has passed; due_in_1 on the day before (and on the due day itself, when the day before was
// missed); due_in_7 from seven days before; none earlier. Each is sent once (the store records
// it), so a day missed by the job is caught up by the next pass, and only the most urgent
// reminder is sent.
Reminder reminder_due(std::string_view today, std::string_view due);

// Whether a report due on `due` is late on `today`: not sent and its due day has passed.
bool late(std::string_view today, std::string_view due, bool sent);

// How a pledge's money arrived: online when it records an online payment, else through a
// statement when a statement line confirmed it, else by hand.
Means means_of(const PledgeFact& p);

// The report's figures. Sums of the collected money by means add up to the collected total;
// refunded pledges are listed apart and not collected; costs are taken off for the net.
Figures figures(const Inputs& in);

}  // namespace comdev::campaign_reports
