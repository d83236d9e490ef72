#include "features/campaigns/campaign_rules.h"

#include <gtest/gtest.h>

namespace comdev::campaigns {
namespace {

using P = PledgeState;

TEST(CampaignRules, ACampaignMovesDraftSubmittedPublishedClosed) {
  EXPECT_TRUE(can_move(State::draft, State::submitted));
  EXPECT_TRUE(can_move(State::submitted, State::published));
  EXPECT_TRUE(can_move(State::submitted, State::draft));  // sent back
  EXPECT_TRUE(can_move(State::published, State::closed));
  EXPECT_FALSE(can_move(State::draft, State::published));  // never without review
  EXPECT_FALSE(can_move(State::closed, State::published));
  EXPECT_FALSE(can_move(State::published, State::draft));
}

TEST(CampaignRules, EveryPledgeTransitionIsListed) {
  const P all[] = {P::pledged, P::confirmed, P::expired, P::cancelled, P::refunded};
  // from × to: only these are allowed.
  const std::pair<P, P> allowed[] = {{P::pledged, P::confirmed},
                                     {P::pledged, P::expired},
                                     {P::pledged, P::cancelled},
                                     {P::expired, P::confirmed},
                                     {P::confirmed, P::refunded}};
  for (P from : all) {
    for (P to : all) {
      bool expected = false;
      for (auto [f, t] : allowed) expected = expected || (f == from && t == to);
      EXPECT_EQ(can_move(from, to), expected) << name(from) << " → " << name(to);
    }
  }
}

TEST(CampaignRules, StateNamesRoundTrip) {
  for (P s : {P::pledged, P::confirmed, P::expired, P::cancelled, P::refunded}) {
    EXPECT_EQ(parse_pledge_state(name(s)), s);
  }
  for (Audience a : kAudiences) EXPECT_EQ(parse_audience(name(a)), a);
  EXPECT_FALSE(parse_audience("everyone"));
  EXPECT_EQ(parse_state("published"), State::published);
}

CampaignInput valid() {
  CampaignInput in;
  in.title = "Château d'eau";
  in.goal_minor = 5'000'000;
  in.starts_on = "2026-12-01";
  in.ends_on = "2027-01-31";
  in.audience = Audience::diaspora;
  in.bank_details = "FR76 3000 6000 0112 3456 7890 189";
  return in;
}

TEST(CampaignRules, APublicCallInMoroccoNeedsItsAuthorisation) {
  auto in = valid();
  in.audience = Audience::public_morocco;
  EXPECT_EQ(publish_problems(in, true, "2026-12-06"),
            std::vector<std::string>{"campaigns.errors.authorisation_required"});
  in.authorisation_ref = "AUT-2026/118";
  EXPECT_FALSE(publish_problems(in, true, "2026-12-06").empty());  // the date is missing
  in.authorisation_on = "2026-11-20";
  EXPECT_TRUE(publish_problems(in, true, "2026-12-06").empty());
  // A call to the diaspora abroad or to members is not a public call in Morocco.
  auto d = valid();
  EXPECT_TRUE(publish_problems(d, true, "2026-12-06").empty());
}

TEST(CampaignRules, PublishingNeedsAVerifiedCollectorBankDetailsAndTime) {
  auto in = valid();
  EXPECT_EQ(publish_problems(in, false, "2026-12-06"),
            std::vector<std::string>{"campaigns.errors.organisation_unverified"});
  in.bank_details.clear();
  EXPECT_EQ(publish_problems(in, true, "2026-12-06"),
            std::vector<std::string>{"campaigns.errors.bank_details_required"});
  EXPECT_EQ(publish_problems(valid(), true, "2027-02-01"),
            std::vector<std::string>{"campaigns.errors.already_ended"});
}

TEST(CampaignRules, OnlyAnOpenPublishedCampaignTakesPledges) {
  auto in = valid();
  EXPECT_EQ(pledge_refusal(State::published, in, "2026-12-06"), "");
  EXPECT_EQ(pledge_refusal(State::published, in, "2026-12-01"), "");
  EXPECT_EQ(pledge_refusal(State::published, in, "2027-01-31"), "");
  EXPECT_EQ(pledge_refusal(State::published, in, "2026-11-30"), "campaigns.errors.not_started");
  EXPECT_EQ(pledge_refusal(State::published, in, "2027-02-01"), "campaigns.errors.closed");
  EXPECT_EQ(pledge_refusal(State::closed, in, "2026-12-06"), "campaigns.errors.closed");
  EXPECT_EQ(pledge_refusal(State::draft, in, "2026-12-06"), "campaigns.errors.not_published");
  EXPECT_EQ(pledge_refusal(State::submitted, in, "2026-12-06"), "campaigns.errors.not_published");
}

TEST(CampaignRules, APublishedCampaignEndsTheDayAfterItsEndDate) {
  auto in = valid();
  EXPECT_FALSE(ended(State::published, in, "2027-01-31"));
  EXPECT_TRUE(ended(State::published, in, "2027-02-01"));
  EXPECT_FALSE(ended(State::closed, in, "2027-02-01"));
  EXPECT_FALSE(ended(State::submitted, in, "2027-02-01"));
}

TEST(CampaignRules, AnUnpaidPledgeExpiresAfterItsLifetime) {
  auto made = *core::parse_iso("2026-12-01T10:00:00Z");
  auto later = made + std::chrono::days(kPledgeLifetimeDays);
  EXPECT_FALSE(pledge_expired(P::pledged, made, later - std::chrono::seconds(1)));
  EXPECT_TRUE(pledge_expired(P::pledged, made, later));
  EXPECT_FALSE(pledge_expired(P::confirmed, made, later + std::chrono::days(300)));
  EXPECT_FALSE(pledge_expired(P::cancelled, made, later));
}

TEST(CampaignRules, TheBarCountsConfirmedMoneyAgainstTheGoal) {
  EXPECT_EQ(progress_percent(0, 1000), 0);
  EXPECT_EQ(progress_percent(250, 1000), 25);
  EXPECT_EQ(progress_percent(999, 1000), 99);  // not rounded up to "done"
  EXPECT_EQ(progress_percent(1000, 1000), 100);
  EXPECT_EQ(progress_percent(5000, 1000), 100);
  EXPECT_EQ(progress_percent(10, 0), 0);
  EXPECT_EQ(progress_percent(99'999'999'999, 100'000'000'000), 99);
}

}  // namespace
}  // namespace comdev::campaigns
