#include "features/campaign_reports/report_rules.h"

#include <chrono>
#include <cstdio>
#include <set>

#include "core/calendar_date.h"

namespace comdev::campaign_reports {
namespace {

// Years a campaign's dates may fall in (the campaigns' forms accept no others).
constexpr int kFirstYear = 2000, kLastYear = 2200;

std::optional<std::chrono::sys_days> day(std::string_view s) {
  if (!core::is_calendar_date(s, kFirstYear, kLastYear)) return std::nullopt;
  auto num = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  return std::chrono::sys_days{std::chrono::year{num(0, 4)} /
                               std::chrono::month{static_cast<unsigned>(num(5, 2))} /
                               std::chrono::day{static_cast<unsigned>(num(8, 2))}};
}

std::string text(std::chrono::sys_days d) {
  std::chrono::year_month_day ymd{d};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

void add(Sum& s, std::int64_t amount) {
  ++s.count;
  s.total_minor += amount;
}

}  // namespace

std::optional<std::chrono::year_month_day> calendar_day(std::string_view s) {
  auto d = day(s);
  if (!d) return std::nullopt;
  return std::chrono::year_month_day{*d};
}

std::string_view name(Reminder r) {
  switch (r) {
    case Reminder::none:
      return "none";
    case Reminder::due_in_7:
      return "due_in_7";
    case Reminder::due_in_1:
      return "due_in_1";
    case Reminder::overdue:
      return "overdue";
  }
  return "none";
}

std::optional<std::string> due_on(std::string_view closing_day) {
  auto d = day(closing_day);
  if (!d) return std::nullopt;
  return text(*d + std::chrono::days(kReportDelayDays));
}

std::optional<int> days_left(std::string_view today, std::string_view due) {
  auto t = day(today), d = day(due);
  if (!t || !d) return std::nullopt;
  return static_cast<int>((*d - *t).count());
}

Reminder reminder_due(std::string_view today, std::string_view due) {
  auto left = days_left(today, due);
  if (!left) return Reminder::none;
  if (*left < 0) return Reminder::overdue;
  if (*left <= 1) return Reminder::due_in_1;
  if (*left <= 7) return Reminder::due_in_7;
  return Reminder::none;
}

bool late(std::string_view today, std::string_view due, bool sent) {
  auto left = days_left(today, due);
  return !sent && left && *left < 0;
}

Means means_of(const PledgeFact& p) {
  if (p.online) return Means::online;
  return p.via_statement ? Means::statement : Means::by_hand;
}

Figures figures(const Inputs& in) {
  Figures f;
  for (const auto& p : in.pledges) {
    if (p.refunded) {
      add(f.refunds, p.amount_minor);
      continue;
    }
    if (!p.confirmed) continue;
    add(f.collected, p.amount_minor);
    switch (means_of(p)) {
      case Means::statement:
        add(f.by_statement, p.amount_minor);
        break;
      case Means::by_hand:
        add(f.by_hand, p.amount_minor);
        break;
      case Means::online:
        add(f.online, p.amount_minor);
        break;
    }
  }
  for (const auto& c : in.costs) f.costs_minor += c.amount_minor;
  f.net_minor = f.collected.total_minor - f.costs_minor;
  std::set<std::int64_t> counted;  // a budget line two uses share is spent once
  for (const auto& u : in.uses) {
    UseFigure uf{u.label, u.planned_minor, std::nullopt};
    if (u.budget_line_id != 0) {
      std::int64_t spent = 0;
      for (const auto& s : in.spent) {
        if (s.budget_line_id == u.budget_line_id) spent += s.spent_minor;
      }
      uf.spent_minor = spent;
      if (counted.insert(u.budget_line_id).second) f.spent_minor += spent;
    }
    f.planned_minor += u.planned_minor;
    f.uses.push_back(std::move(uf));
  }
  return f;
}

}  // namespace comdev::campaign_reports
