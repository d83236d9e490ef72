// The report's policy as a matrix: every column (visitor, member, representative, treasurer,
// animator, administrator) × every action, for a closed campaign before and after its report is
// sent and for a campaign still open. A new action without a row fails; a refusal must say why.
#include "features/campaign_reports/report_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace comdev::campaign_reports {
namespace {

struct Column {
  std::string name;
  web::Actor actor;
  Subject subject;
};

std::vector<Column> columns(bool closed, bool sent) {
  web::Actor member{7, false, false, "M"};
  web::Actor animator{8, false, true, "A"};
  web::Actor admin{9, true, true, "Ad"};
  Subject plain{false, false, closed, sent};
  Subject rep{false, true, closed, sent};
  Subject treasurer{true, false, closed, sent};
  return {{"visitor", {}, treasurer},      {"member", member, plain},
          {"representative", member, rep}, {"treasurer", member, treasurer},
          {"animator", animator, plain},   {"admin", admin, plain}};
}

void expect_matrix(bool closed, bool sent, const std::map<Action, std::vector<bool>>& expected) {
  auto cols = columns(closed, sent);
  for (Action a : kActions) {
    auto row = expected.find(a);
    ASSERT_NE(row, expected.end()) << "no row for action " << static_cast<int>(a);
    ASSERT_EQ(row->second.size(), cols.size());
    for (std::size_t c = 0; c < cols.size(); ++c) {
      auto d = can(cols[c].actor, a, cols[c].subject);
      EXPECT_EQ(d.allowed, row->second[c]) << "closed=" << closed << " sent=" << sent << " "
                                           << cols[c].name << " action " << static_cast<int>(a);
      if (!d.allowed) {
        EXPECT_FALSE(d.reason.empty());
      }
    }
  }
  EXPECT_EQ(expected.size(), std::size(kActions));
}

// Columns: visitor (even one flagged treasurer), member, representative, treasurer, animator,
// admin.
TEST(ReportPermissions, AClosedCampaignsReportNotYetSent) {
  expect_matrix(true, false,
                {
                    {Action::view, {false, false, true, true, true, true}},
                    {Action::add_cost, {false, false, false, true, false, false}},
                    {Action::mark_sent, {false, false, false, true, false, false}},
                });
}

TEST(ReportPermissions, AReportSentNoLongerChanges) {
  expect_matrix(true, true,
                {
                    {Action::view, {false, false, true, true, true, true}},
                    {Action::add_cost, {false, false, false, false, false, false}},
                    {Action::mark_sent, {false, false, false, false, false, false}},
                });
}

TEST(ReportPermissions, ACampaignStillOpenHasNoReport) {
  expect_matrix(false, false,
                {
                    {Action::view, {false, false, false, false, false, false}},
                    {Action::add_cost, {false, false, false, false, false, false}},
                    {Action::mark_sent, {false, false, false, false, false, false}},
                });
}

}  // namespace
}  // namespace comdev::campaign_reports
