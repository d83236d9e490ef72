#include "match/score.h"

#include <gtest/gtest.h>

#include "match/test_taxonomy.h"

namespace comdev::match {
namespace {

constexpr LangMask kAr = 1 << 0, kFr = 1 << 2, kEn = 1 << 3;

class ScoreTest : public ::testing::Test {
 protected:
  SkillId id(const char* slug) { return *tax->find(slug); }
  Need sanitation_study() {
    Need n;
    n.need_id = 1;
    n.skills = {{id("sanitation_studies"), Level::expert}, {id("hydraulics"), Level::intermediate}};
    n.languages = kAr | kFr;
    n.mode = Mode::both;
    n.from = 20'300;
    n.to = 20'330;
    n.place = {101, 10, 1};
    return n;
  }
  Expert engineer() {
    Expert e;
    e.member_id = 7;
    e.skills = {{id("sanitation_studies"), Level::expert}, {id("hydraulics"), Level::expert}};
    e.languages = kFr;
    e.remote_hours_per_month = 10;
    e.windows = {{20'310, 20'320, {101, 10, 1}}};
    e.attachments = {{0, 10, 1}};
    return e;
  }
  std::shared_ptr<const Taxonomy> tax = testing::small_taxonomy();
  Weights w;
};

TEST_F(ScoreTest, SkillCreditDependsOnRelationAndLevel) {
  SkillLevel req{id("sanitation"), Level::intermediate};
  EXPECT_DOUBLE_EQ(skill_credit(*tax, w, req, {id("sanitation"), Level::expert}), 1.0);
  EXPECT_DOUBLE_EQ(skill_credit(*tax, w, req, {id("sanitation_studies"), Level::expert}), 0.8);
  EXPECT_DOUBLE_EQ(skill_credit(*tax, w, req, {id("water"), Level::intermediate}), 0.5);
  EXPECT_DOUBLE_EQ(skill_credit(*tax, w, req, {id("hydraulics"), Level::intermediate}), 0.3);
  EXPECT_DOUBLE_EQ(skill_credit(*tax, w, req, {id("accounting"), Level::expert}), 0.0);
  EXPECT_DOUBLE_EQ(skill_credit(*tax, w, req, {id("sanitation"), Level::beginner}), 0.6);
  SkillLevel hard{id("sanitation"), Level::expert};
  EXPECT_DOUBLE_EQ(skill_credit(*tax, w, hard, {id("sanitation"), Level::beginner}), 0.3);
}

TEST_F(ScoreTest, SkillsComponentAveragesTheBestCreditPerRequiredSkill) {
  Expert e = engineer();
  EXPECT_DOUBLE_EQ(skills_component(sanitation_study(), e, *tax, w), 1.0);
  // Covers the study fully; sanitation studies and hydraulics are not siblings (cousins): 0.
  e.skills = {{id("sanitation_studies"), Level::expert}};
  EXPECT_DOUBLE_EQ(skills_component(sanitation_study(), e, *tax, w), (1.0 + 0.0) / 2);
  // Sanitation is the study's parent (0.5) and hydraulics' sibling (0.3).
  e.skills = {{id("sanitation"), Level::expert}};
  EXPECT_DOUBLE_EQ(skills_component(sanitation_study(), e, *tax, w), (0.5 + 0.3) / 2);
  e.skills = {{id("accounting"), Level::expert}};
  EXPECT_DOUBLE_EQ(skills_component(sanitation_study(), e, *tax, w), 0.0);
}

TEST_F(ScoreTest, AvailabilityRemoteOnSiteOrBoth) {
  Need n = sanitation_study();
  Expert e = engineer();
  n.mode = Mode::remote;
  EXPECT_DOUBLE_EQ(availability_component(n, e, w), 0.5);  // 10 of 20 hours
  n.mode = Mode::on_site;
  EXPECT_DOUBLE_EQ(availability_component(n, e, w), 1.0);  // window in the province, in period
  e.windows[0].place = {999, 99, 9};
  EXPECT_DOUBLE_EQ(availability_component(n, e, w), 0.7);  // elsewhere in the country
  e.windows[0] = {20'400, 20'410, {101, 10, 1}};
  EXPECT_DOUBLE_EQ(availability_component(n, e, w), 0.0);  // outside the need's period
  n.mode = Mode::both;
  EXPECT_DOUBLE_EQ(availability_component(n, e, w), 0.5);  // remote hours still count
}

TEST_F(ScoreTest, AttachmentIsABonusByLevel) {
  Need n = sanitation_study();
  Expert e = engineer();
  EXPECT_DOUBLE_EQ(attachment_component(n, e, w), 0.6);
  e.attachments = {{101, 10, 1}};
  EXPECT_DOUBLE_EQ(attachment_component(n, e, w), 1.0);
  e.attachments = {{5, 6, 1}};
  EXPECT_DOUBLE_EQ(attachment_component(n, e, w), 0.3);
  e.attachments.clear();
  EXPECT_DOUBLE_EQ(attachment_component(n, e, w), 0.0);
  // No attachment still matches: the diaspora de cœur is welcome.
  EXPECT_TRUE(score(n, e, *tax, w).has_value());
}

TEST_F(ScoreTest, ExclusionsComeBeforeScoring) {
  Need n = sanitation_study();
  Expert e = engineer();
  EXPECT_EQ(excluded(n, e, *tax, w), Exclusion::none);
  e.available = false;
  EXPECT_EQ(excluded(n, e, *tax, w), Exclusion::unavailable);
  EXPECT_FALSE(score(n, e, *tax, w));
  e.available = true;
  e.open_invitations = 3;
  EXPECT_EQ(excluded(n, e, *tax, w), Exclusion::too_many_open_invitations);
  EXPECT_FALSE(score(n, e, *tax, w));
  EXPECT_GE(score_into(n, e, *tax, w, nullptr, /*ignore_open_invitations=*/true), 0);
  e.open_invitations = 0;
  e.skills = {{id("auditing"), Level::expert}};
  EXPECT_EQ(excluded(n, e, *tax, w), Exclusion::no_skill);
}

TEST_F(ScoreTest, ReasonsSayWhy) {
  auto s = score(sanitation_study(), engineer(), *tax, w);
  ASSERT_TRUE(s);
  auto has = [&](ReasonCode c) {
    for (const auto& r : s->reasons)
      if (r.code == c) return &r;
    return static_cast<const Reason*>(nullptr);
  };
  ASSERT_TRUE(has(ReasonCode::covers_skills));
  EXPECT_EQ(has(ReasonCode::covers_skills)->a, 2);
  EXPECT_EQ(has(ReasonCode::covers_skills)->b, 2);
  ASSERT_TRUE(has(ReasonCode::speaks_language));
  EXPECT_EQ(has(ReasonCode::speaks_language)->a, 2);  // French
  ASSERT_TRUE(has(ReasonCode::on_site_window));
  EXPECT_EQ(has(ReasonCode::on_site_window)->a, 20'310);
  EXPECT_EQ(has(ReasonCode::on_site_window)->id, 101);
  ASSERT_TRUE(has(ReasonCode::attached_province));
  EXPECT_EQ(has(ReasonCode::attached_province)->id, 10);
  EXPECT_FALSE(has(ReasonCode::related_skills));
  EXPECT_FALSE(has(ReasonCode::responsive));  // too few invitations to say
}

TEST_F(ScoreTest, ScoreIsTheWeightedSumTimesTheSpread) {
  Need n = sanitation_study();
  Expert e = engineer();
  double expected = w.skills * 1.0 + w.language * 1.0 + w.availability * 1.0 + w.attachment * 0.6 +
                    w.responsiveness * 0.5;
  EXPECT_NEAR(score(n, e, *tax, w)->score, expected, 1e-12);
  EXPECT_NEAR(score_into(n, e, *tax, w, nullptr), expected, 1e-12);
  e.recent_invitations = 2;
  EXPECT_NEAR(score(n, e, *tax, w)->score, expected / 1.3, 1e-12);
  e.recent_invitations = 0;
  e.languages = kEn;
  EXPECT_NEAR(score(n, e, *tax, w)->score, expected - w.language, 1e-12);
}

TEST_F(ScoreTest, ResponsivenessStartsAtOneHalfAndFollowsAnswers) {
  Expert e = engineer();
  EXPECT_DOUBLE_EQ(responsiveness_component(e), 0.5);
  e.invitations_received = 8;
  e.invitations_answered = 8;
  EXPECT_DOUBLE_EQ(responsiveness_component(e), 0.9);
  e.invitations_answered = 0;
  EXPECT_DOUBLE_EQ(responsiveness_component(e), 0.1);
}

}  // namespace
}  // namespace comdev::match
