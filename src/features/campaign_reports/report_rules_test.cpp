#include "features/campaign_reports/report_rules.h"

#include <gtest/gtest.h>

namespace comdev::campaign_reports {
namespace {

TEST(ReportRules, TheReportIsDueThirtyDaysAfterTheClosingDay) {
  EXPECT_EQ(due_on("2027-01-31"), "2027-03-02");
  EXPECT_EQ(due_on("2028-02-01"), "2028-03-02");  // a leap year's February has 29 days
  EXPECT_EQ(due_on("2026-12-15"), "2027-01-14");
  EXPECT_FALSE(due_on("2027-02-29").has_value());
  EXPECT_FALSE(due_on("").has_value());
}

TEST(ReportRules, AWeekBeforeADayBeforeAndPastTheDueDay) {
  const std::string due = "2027-03-02";
  struct Case {
    const char* today;
    Reminder expected;
  } cases[] = {
      {"2027-01-31", Reminder::none},     {"2027-02-22", Reminder::none},
      {"2027-02-23", Reminder::due_in_7},                                      // seven days before
      {"2027-02-28", Reminder::due_in_7}, {"2027-03-01", Reminder::due_in_1},  // the day before
      {"2027-03-02", Reminder::due_in_1},                                      // the due day
      {"2027-03-03", Reminder::overdue},  {"2027-06-01", Reminder::overdue},
      {"not a day", Reminder::none},
  };
  for (const auto& c : cases) EXPECT_EQ(reminder_due(c.today, due), c.expected) << c.today;
}

TEST(ReportRules, LateOnlyPastTheDueDayAndWhileNotSent) {
  EXPECT_FALSE(late("2027-03-02", "2027-03-02", false));
  EXPECT_TRUE(late("2027-03-03", "2027-03-02", false));
  EXPECT_FALSE(late("2027-03-03", "2027-03-02", true));
  EXPECT_EQ(days_left("2027-02-23", "2027-03-02"), 7);
  EXPECT_EQ(days_left("2027-03-04", "2027-03-02"), -2);
}

TEST(ReportRules, TheMeansOfAPledgeComeFromWhatConfirmedIt) {
  EXPECT_EQ(means_of({100, true, false, true, false}), Means::statement);
  EXPECT_EQ(means_of({100, true, false, false, false}), Means::by_hand);
  EXPECT_EQ(means_of({100, true, false, true, true}), Means::online);
}

TEST(ReportRules, FiguresAddUpByMeansAndLeaveRefundsAndCostsApart) {
  Inputs in;
  in.pledges = {
      {123456, true, false, true, false},  // statement
      {5000, true, false, false, false},   // by hand
      {7000, true, false, true, false},    // statement
      {2500, false, true, true, false},    // refunded
      {900, false, false, false, false},   // neither confirmed nor refunded: not counted
  };
  in.costs = {{1, "Frais bancaires", 1200}, {2, "Impression", 3000}};
  in.uses = {{"Génie civil", 100000, 11}, {"Pompe", 30000, 12}, {"Imprévus", 5000, 0}};
  in.spent = {{11, 40000}, {13, 999}};
  auto f = figures(in);
  EXPECT_EQ(f.collected.count, 3);
  EXPECT_EQ(f.collected.total_minor, 135456);
  EXPECT_EQ(f.by_statement.count, 2);
  EXPECT_EQ(f.by_statement.total_minor, 130456);
  EXPECT_EQ(f.by_hand.count, 1);
  EXPECT_EQ(f.by_hand.total_minor, 5000);
  EXPECT_EQ(f.online.count, 0);
  EXPECT_EQ(f.online.total_minor, 0);
  EXPECT_EQ(f.by_statement.total_minor + f.by_hand.total_minor + f.online.total_minor,
            f.collected.total_minor);
  EXPECT_EQ(f.refunds.count, 1);
  EXPECT_EQ(f.refunds.total_minor, 2500);
  EXPECT_EQ(f.costs_minor, 4200);
  EXPECT_EQ(f.net_minor, 135456 - 4200);
  ASSERT_EQ(f.uses.size(), 3u);
  EXPECT_EQ(f.uses[0].spent_minor, 40000);
  EXPECT_EQ(f.uses[1].spent_minor, 0);  // a budget line nothing was spent on yet
  EXPECT_FALSE(f.uses[2].spent_minor.has_value());
  EXPECT_EQ(f.planned_minor, 135000);
  EXPECT_EQ(f.spent_minor, 40000);
}

TEST(ReportRules, ABudgetLineTwoUsesShareIsSpentOnceInTheTotal) {
  Inputs in;
  in.uses = {{"Génie civil", 100, 11}, {"Génie civil (suite)", 50, 11}};
  in.spent = {{11, 70}};
  auto f = figures(in);
  EXPECT_EQ(f.uses[0].spent_minor, 70);
  EXPECT_EQ(f.uses[1].spent_minor, 70);
  EXPECT_EQ(f.spent_minor, 70);
}

TEST(ReportRules, NothingCollectedIsAReportOfZeros) {
  auto f = figures({});
  EXPECT_EQ(f.collected.count, 0);
  EXPECT_EQ(f.net_minor, 0);
  EXPECT_TRUE(f.uses.empty());
}

}  // namespace
}  // namespace comdev::campaign_reports
