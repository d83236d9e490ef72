#include "features/decisions/decision_rules.h"

#include <gtest/gtest.h>

namespace comdev::decisions {
namespace {

using namespace std::chrono_literals;

core::Seconds at(const char* iso) {
  return *core::parse_iso(iso);
}

Tally tally(int agree, int abstain, int disagree, int block) {
  return {agree, abstain, disagree, block};
}

TEST(DecisionRules, VotesStopAtTheDeadline) {
  const char* deadline = "2026-12-10T18:00:00Z";
  EXPECT_TRUE(open_for_votes(deadline, at("2026-12-10T17:59:59Z")));
  EXPECT_FALSE(open_for_votes(deadline, at("2026-12-10T18:00:00Z")));
  EXPECT_FALSE(open_for_votes(deadline, at("2026-12-11T09:00:00Z")));
  EXPECT_FALSE(open_for_votes("not a time", at("2026-12-01T00:00:00Z")));
}

TEST(DecisionRules, ADeadlineGivesAMinuteAtLeastAndAYearAtMost) {
  auto now = at("2026-12-05T16:00:00Z");
  EXPECT_FALSE(acceptable_deadline(now, now));
  EXPECT_FALSE(acceptable_deadline(now - 1h, now));
  EXPECT_TRUE(acceptable_deadline(now + 60s, now));
  EXPECT_TRUE(acceptable_deadline(now + std::chrono::days{365}, now));
  EXPECT_FALSE(acceptable_deadline(now + std::chrono::days{366}, now));
  // A shorter notice (Config::decision_notice_seconds) lets a nearer deadline through, no nearer.
  EXPECT_FALSE(acceptable_deadline(now + 9s, now, 10s));
  EXPECT_TRUE(acceptable_deadline(now + 10s, now, 10s));
  EXPECT_FALSE(acceptable_deadline(now + 10s, now));
}

TEST(DecisionRules, ABlockDecidesWhateverTheOtherVotes) {
  EXPECT_EQ(outcome(tally(9, 0, 0, 1), 0), Outcome::blocked);
  EXPECT_EQ(outcome(tally(0, 0, 0, 1), 5), Outcome::blocked);
}

TEST(DecisionRules, TooFewVotesForTheQuorumOrNoneAtAll) {
  EXPECT_EQ(outcome(tally(0, 0, 0, 0), 0), Outcome::no_quorum);
  EXPECT_EQ(outcome(tally(2, 0, 0, 0), 3), Outcome::no_quorum);
  // Abstentions count towards the quorum.
  EXPECT_EQ(outcome(tally(2, 1, 0, 0), 3), Outcome::adopted);
}

TEST(DecisionRules, MoreAgreeThanDisagreeAdoptsATieRejects) {
  EXPECT_EQ(outcome(tally(2, 0, 1, 0), 0), Outcome::adopted);
  EXPECT_EQ(outcome(tally(1, 0, 1, 0), 0), Outcome::rejected);
  EXPECT_EQ(outcome(tally(1, 0, 2, 0), 2), Outcome::rejected);
  EXPECT_EQ(outcome(tally(0, 3, 0, 0), 0), Outcome::rejected);
}

TEST(DecisionRules, NamesRoundTrip) {
  for (auto c : {Choice::agree, Choice::abstain, Choice::disagree, Choice::block}) {
    EXPECT_EQ(parse_choice(name(c)), c);
  }
  for (auto o : {Outcome::adopted, Outcome::rejected, Outcome::blocked, Outcome::no_quorum}) {
    EXPECT_EQ(parse_outcome(name(o)), o);
  }
  EXPECT_FALSE(parse_choice("yes"));
}

}  // namespace
}  // namespace comdev::decisions
