// The campaigns policy as a matrix: every column (visitor, donor, carrier, treasurer, animator,
// administrator) × every action, in the campaign states that matter. A new action without a row
// fails; a refusal must say why.
#include "features/campaigns/campaign_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace comdev::campaigns {
namespace {

struct Column {
  std::string name;
  web::Actor actor;
  Subject subject;
};

std::vector<Column> columns(State state) {
  web::Actor member{7, false, false, "M"};
  web::Actor animator{8, false, true, "A"};
  web::Actor admin{9, true, true, "Ad"};
  Subject plain{false, false, false, false, state};
  Subject carrier{true, false, false, false, state};
  Subject treasurer{false, true, false, false, state};
  Subject donor{false, false, false, true, state};
  return {{"visitor", {}, plain},        {"donor", member, donor},
          {"carrier", member, carrier},  {"treasurer", member, treasurer},
          {"animator", animator, plain}, {"admin", admin, plain}};
}

void expect_matrix(State state, const std::map<Action, std::vector<bool>>& expected) {
  auto cols = columns(state);
  for (Action a : kActions) {
    auto row = expected.find(a);
    ASSERT_NE(row, expected.end()) << "no row for action " << static_cast<int>(a);
    ASSERT_EQ(row->second.size(), cols.size());
    for (std::size_t c = 0; c < cols.size(); ++c) {
      auto d = can(cols[c].actor, a, cols[c].subject);
      EXPECT_EQ(d.allowed, row->second[c])
          << name(state) << " " << cols[c].name << " action " << static_cast<int>(a);
      if (!d.allowed) {
        EXPECT_FALSE(d.reason.empty());
      }
    }
  }
  EXPECT_EQ(expected.size(), std::size(kActions));
}

// Columns: visitor, donor, carrier, treasurer, animator, admin.
TEST(CampaignPermissions, APublishedCampaign) {
  expect_matrix(State::published,
                {
                    {Action::view, {true, true, true, true, true, true}},
                    {Action::see_bank_details, {false, true, true, true, true, true}},
                    {Action::create, {false, false, true, false, false, false}},
                    {Action::edit, {false, false, false, false, false, false}},
                    {Action::submit, {false, false, false, false, false, false}},
                    {Action::publish, {false, false, false, false, false, false}},
                    {Action::send_back, {false, false, false, false, false, false}},
                    {Action::close, {false, false, true, false, true, true}},
                    {Action::post_update, {false, false, true, false, false, false}},
                    {Action::pledge, {false, true, true, true, true, true}},
                    {Action::cancel_own, {false, true, false, false, false, false}},
                    {Action::treasury, {false, false, false, true, false, false}},
                    {Action::name_treasurer, {false, false, false, false, true, true}},
                });
}

TEST(CampaignPermissions, ADraftCampaign) {
  expect_matrix(State::draft,
                {
                    {Action::view, {false, false, true, false, true, true}},
                    {Action::see_bank_details, {false, false, true, false, true, true}},
                    {Action::create, {false, false, true, false, false, false}},
                    {Action::edit, {false, false, true, false, false, false}},
                    {Action::submit, {false, false, true, false, false, false}},
                    {Action::publish, {false, false, false, false, false, false}},
                    {Action::send_back, {false, false, false, false, false, false}},
                    {Action::close, {false, false, false, false, false, false}},
                    {Action::post_update, {false, false, false, false, false, false}},
                    {Action::pledge, {false, false, false, false, false, false}},
                    {Action::cancel_own, {false, true, false, false, false, false}},
                    {Action::treasury, {false, false, false, true, false, false}},
                    {Action::name_treasurer, {false, false, false, false, true, true}},
                });
}

TEST(CampaignPermissions, ASubmittedCampaign) {
  expect_matrix(State::submitted,
                {
                    {Action::view, {false, false, true, false, true, true}},
                    {Action::see_bank_details, {false, false, true, false, true, true}},
                    {Action::create, {false, false, true, false, false, false}},
                    {Action::edit, {false, false, false, false, false, false}},
                    {Action::submit, {false, false, false, false, false, false}},
                    {Action::publish, {false, false, false, false, true, true}},
                    {Action::send_back, {false, false, false, false, true, true}},
                    {Action::close, {false, false, false, false, false, false}},
                    {Action::post_update, {false, false, false, false, false, false}},
                    {Action::pledge, {false, false, false, false, false, false}},
                    {Action::cancel_own, {false, true, false, false, false, false}},
                    {Action::treasury, {false, false, false, true, false, false}},
                    {Action::name_treasurer, {false, false, false, false, true, true}},
                });
}

TEST(CampaignPermissions, TheCollectorsRepresentativeNamesTreasurers) {
  web::Actor member{7, false, false, "M"};
  Subject rep;
  rep.represents_collector = true;
  EXPECT_TRUE(can(member, Action::name_treasurer, rep));
  EXPECT_EQ(can(member, Action::treasury, rep).reason, "campaigns.errors.not_treasurer");
  EXPECT_EQ(can({}, Action::pledge, rep).reason, "errors.sign_in_required");
}

}  // namespace
}  // namespace comdev::campaigns
