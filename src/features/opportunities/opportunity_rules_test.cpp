#include "features/opportunities/opportunity_rules.h"

#include <gtest/gtest.h>

namespace comdev::opportunities {
namespace {

constexpr State kStates[] = {State::draft, State::submitted, State::published, State::closed};
constexpr InterestState kRequests[] = {InterestState::requested, InterestState::introduced,
                                       InterestState::declined, InterestState::withdrawn};

TEST(OpportunityRules, ReviewMovesAreExactlyThese) {
  for (auto from : kStates) {
    for (auto to : kStates) {
      bool expected = (from == State::submitted && to == State::published) ||
                      (from == State::submitted && to == State::draft) ||
                      (from == State::draft && to == State::submitted) ||
                      (from == State::published && to == State::closed);
      EXPECT_EQ(may_move(from, to), expected) << name(from) << " → " << name(to);
    }
  }
}

TEST(OpportunityRules, AMembersProjectWaitsForReviewUnlessAnAnimatorWritesIt) {
  EXPECT_EQ(initial_state(Kind::offer, false), State::published);
  EXPECT_EQ(initial_state(Kind::offer, true), State::published);
  EXPECT_EQ(initial_state(Kind::migrant_project, false), State::submitted);
  EXPECT_EQ(initial_state(Kind::migrant_project, true), State::published);
}

TEST(OpportunityRules, ARequestIsDecidedOnceAndForAll) {
  for (auto from : kRequests) {
    for (auto to : kRequests) {
      bool expected = from == InterestState::requested && to != InterestState::requested;
      EXPECT_EQ(may_move(from, to), expected) << name(from) << " → " << name(to);
    }
  }
}

TEST(OpportunityRules, RangeMustBePositiveOrderedAndBounded) {
  EXPECT_TRUE(range_errors(100, 100).empty());
  EXPECT_TRUE(range_errors(1, kMaxAmount).empty());
  auto reversed = range_errors(500, 100);
  ASSERT_EQ(reversed.size(), 1u);
  EXPECT_EQ(reversed[0].first, "amount_max");
  EXPECT_EQ(reversed[0].second, "opportunities.errors.range");
  auto negative = range_errors(-5, 100);
  ASSERT_EQ(negative.size(), 1u);
  EXPECT_EQ(negative[0].first, "amount_min");
  EXPECT_EQ(range_errors(0, 0).size(), 2u);
  auto huge = range_errors(1, kMaxAmount + 1);
  ASSERT_EQ(huge.size(), 1u);
  EXPECT_EQ(huge[0].second, "opportunities.errors.amount_too_large");
}

TEST(OpportunityRules, BucketsAreByCurrencyAndLowerBound) {
  EXPECT_EQ(bucket_of(1, "MAD"), "mad-small");
  EXPECT_EQ(bucket_of(500'000'00 - 1, "MAD"), "mad-small");
  EXPECT_EQ(bucket_of(500'000'00, "MAD"), "mad-medium");
  EXPECT_EQ(bucket_of(5'000'000'00, "MAD"), "mad-large");
  EXPECT_EQ(bucket_of(49'999'99, "EUR"), "eur-small");
  EXPECT_EQ(bucket_of(50'000'00, "EUR"), "eur-medium");
  EXPECT_EQ(bucket_of(900'000'00, "EUR"), "eur-large");
  EXPECT_EQ(bucket_of(100, "USD"), "");
  EXPECT_TRUE(is_bucket("eur-medium"));
  EXPECT_FALSE(is_bucket("usd-small"));
}

TEST(OpportunityRules, ContactsAreSharedOnlyByTheIntroduction) {
  EXPECT_FALSE(sees_opportunity_contact(false, false, false));
  EXPECT_TRUE(sees_opportunity_contact(true, false, false));
  EXPECT_TRUE(sees_opportunity_contact(false, true, false));
  EXPECT_TRUE(sees_opportunity_contact(false, false, true));
  for (auto s : kRequests) {
    EXPECT_TRUE(sees_interest_contact(true, false, false, s));
    EXPECT_TRUE(sees_interest_contact(false, true, false, s));
    EXPECT_EQ(sees_interest_contact(false, false, true, s), s == InterestState::introduced);
    EXPECT_FALSE(sees_interest_contact(false, false, false, s));
  }
}

Opportunity make(std::int64_t id, std::string sector, std::int64_t commune, std::int64_t province,
                 std::string stage, Kind kind, std::int64_t min, std::string currency) {
  Opportunity o;
  o.id = id;
  o.text.sector = std::move(sector);
  o.text.commune_id = commune;
  o.province_id = province;
  o.text.stage = std::move(stage);
  o.text.kind = kind;
  o.text.amount_min = min;
  o.text.amount_max = min * 2;
  o.text.currency = std::move(currency);
  return o;
}

TEST(OpportunityRules, FacetCountsApplyEveryOtherFilter) {
  std::vector<Opportunity> all = {
      make(1, "agriculture", 10, 100, "study", Kind::offer, 600'000'00, "MAD"),
      make(2, "rural_tourism", 11, 101, "ready", Kind::offer, 1'200'000'00, "MAD"),
      make(3, "rural_tourism", 12, 102, "idea", Kind::migrant_project, 80'000'00, "EUR"),
      make(4, "ess", 10, 100, "operating", Kind::migrant_project, 300'000'00, "MAD"),
  };
  std::vector<const Opportunity*> ptrs;
  for (const auto& o : all) ptrs.push_back(&o);
  Filter f;
  f.sector = "rural_tourism";
  auto c = facet_counts(ptrs, f);
  // The sector facet ignores its own filter: every sector keeps its count.
  EXPECT_EQ(c[0].at("agriculture"), 1);
  EXPECT_EQ(c[0].at("rural_tourism"), 2);
  EXPECT_EQ(c[0].at("ess"), 1);
  // The other facets count only rural tourism.
  EXPECT_EQ(c[4].at("offer"), 1);
  EXPECT_EQ(c[4].at("migrant_project"), 1);
  EXPECT_FALSE(c[1].contains("10"));
  EXPECT_EQ(c[5].at("eur-medium"), 1);
  EXPECT_EQ(c[5].at("mad-medium"), 1);
  EXPECT_TRUE(matches(f, all[1]));
  EXPECT_FALSE(matches(f, all[0]));
  f.province_id = 102;
  EXPECT_FALSE(matches(f, all[1]));
  EXPECT_TRUE(matches(f, all[2]));
  f = {};
  f.amount = "mad-small";
  EXPECT_TRUE(matches(f, all[3]));
  EXPECT_FALSE(matches(f, all[2]));
}

}  // namespace
}  // namespace comdev::opportunities
