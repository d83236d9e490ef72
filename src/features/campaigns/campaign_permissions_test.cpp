// The campaigns policy as a matrix: every column (visitor, donor, carrier, treasurer, animator,
// administrator) × every action, in the campaign states that matter. A new action without a row
// fails; a refusal must say why.
#include "features/campaigns/campaign_permissions.h"

#include "web/permission_matrix_test_util.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace comdev::campaigns {
namespace {

using Column = web::testing::Column<Subject>;

std::vector<Column> columns(State state) {
  web::Actor member{7, false, false, "M"};
  web::Actor animator{8, false, true, "A"};
  web::Actor admin{9, true, true, "Ad"};
  Subject plain{false, false, false, false, state};
  Subject carrier{true, false, false, false, state};
  Subject treasurer{false, true, false, false, state};
  Subject donor{false, false, false, true, state};
  std::vector<Column> out = {{"visitor", {}, plain},        {"donor", member, donor},
                             {"carrier", member, carrier},  {"treasurer", member, treasurer},
                             {"animator", animator, plain}, {"admin", admin, plain}};
  for (auto& c : out) c.name = std::string(name(state)) + " " + c.name;
  return out;
}

void expect_matrix(State state, const std::map<Action, std::vector<bool>>& expected) {
  web::testing::expect_columns(
      kActions, columns(state), expected,
      [](const web::Actor& a, Action x, const Subject& s) { return can(a, x, s); });
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
