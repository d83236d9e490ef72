// The law 18-18 report of a closed campaign (migrations/0033_campaign_reports): what its figures
// are made of and what they come to. Plain structs and enums; std only. Amounts are integer minor
// units in the campaign's currency.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::campaign_reports {

// How the money of a confirmed pledge arrived: a transfer matched on an imported bank statement,
// a transfer the treasurer confirmed by hand, or an online payment (when a pledge records one).
enum class Means { statement, by_hand, online };

// One pledge as the report reads it. Only confirmed and refunded pledges count.
struct PledgeFact {
  std::int64_t amount_minor = 0;
  bool confirmed = false;  // still confirmed
  bool refunded = false;   // confirmed, then refunded
  bool via_statement = false;
  bool online = false;
};

struct CostLine {
  std::int64_t id = 0;
  std::string label;
  std::int64_t amount_minor = 0;
};

// A fund use of the campaign and what the project's ledger shows spent on its budget line.
struct UseFact {
  std::string label;
  std::int64_t planned_minor = 0;
  std::int64_t budget_line_id = 0;  // 0: a use without a budget line (nothing to compare)
};
struct LineSpent {
  std::int64_t budget_line_id = 0;
  std::int64_t spent_minor = 0;  // money out, net of reversals, in the campaign's currency
};

struct Inputs {
  std::vector<PledgeFact> pledges;
  std::vector<CostLine> costs;
  std::vector<UseFact> uses;
  std::vector<LineSpent> spent;
};

struct Sum {
  int count = 0;
  std::int64_t total_minor = 0;
};

struct UseFigure {
  std::string label;
  std::int64_t planned_minor = 0;
  std::optional<std::int64_t> spent_minor;  // nullopt: no budget line to compare with
};

struct Figures {
  Sum collected;  // confirmed pledges (refunded ones are not collected money)
  Sum by_statement, by_hand, online;
  Sum refunds;
  std::int64_t costs_minor = 0;
  std::int64_t net_minor = 0;  // collected − costs
  std::vector<UseFigure> uses;
  std::int64_t planned_minor = 0, spent_minor = 0;
};

// The reminders of a report not yet sent: a week and a day before its due date to the
// organisation's treasurers and representatives, and once past it to the animators.
enum class Reminder { none, due_in_7, due_in_1, overdue };
std::string_view name(Reminder r);

// The law's delay: the report is due this many days after the call for donations ends.
inline constexpr int kReportDelayDays = 30;

}  // namespace comdev::campaign_reports
