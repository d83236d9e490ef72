#include "match/index.h"

#include <gtest/gtest.h>

#include <random>

#include "match/test_taxonomy.h"

namespace comdev::match {
namespace {

class IndexTest : public ::testing::Test {
 protected:
  SkillId id(const char* slug) { return *tax->find(slug); }
  Expert expert(std::int64_t member, std::vector<SkillLevel> skills) {
    Expert e;
    e.member_id = member;
    e.skills = std::move(skills);
    e.languages = 1;
    e.remote_hours_per_month = 20;
    return e;
  }
  Need need(std::int64_t id_, std::vector<SkillLevel> skills) {
    Need n;
    n.need_id = id_;
    n.skills = std::move(skills);
    n.mode = Mode::remote;
    return n;
  }
  std::shared_ptr<const Taxonomy> tax = testing::small_taxonomy();
};

TEST_F(IndexTest, ExpertsAreRankedExactSkillFirstThenRelatedOnes) {
  Index index(tax);
  index.upsert_expert(expert(1, {{id("hydraulics"), Level::expert}}));          // sibling
  index.upsert_expert(expert(2, {{id("sanitation"), Level::expert}}));          // same
  index.upsert_expert(expert(3, {{id("water"), Level::expert}}));               // broader
  index.upsert_expert(expert(4, {{id("accounting"), Level::expert}}));          // unrelated
  index.upsert_expert(expert(5, {{id("sanitation_studies"), Level::expert}}));  // narrower
  auto m = index.experts_for(need(1, {{id("sanitation"), Level::intermediate}}), 10);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].id, 2);
  EXPECT_EQ(m[1].id, 5);
  EXPECT_EQ(m[2].id, 3);
  EXPECT_EQ(m[3].id, 1);
  EXPECT_FALSE(m[0].scored.reasons.empty());
}

TEST_F(IndexTest, UpsertReplacesAndRemoveForgets) {
  Index index(tax);
  index.upsert_expert(expert(1, {{id("accounting"), Level::expert}}));
  Need n = need(9, {{id("sanitation"), Level::expert}});
  EXPECT_TRUE(index.experts_for(n, 5).empty());
  index.upsert_expert(expert(1, {{id("sanitation"), Level::expert}}));
  EXPECT_EQ(index.expert_count(), 1u);
  ASSERT_EQ(index.experts_for(n, 5).size(), 1u);
  EXPECT_TRUE(index.remove_expert(1));
  EXPECT_FALSE(index.remove_expert(1));
  EXPECT_TRUE(index.experts_for(n, 5).empty());
  EXPECT_EQ(index.expert_count(), 0u);
}

TEST_F(IndexTest, NeedsForAnExpertAndUnknownIds) {
  Index index(tax);
  index.upsert_need(need(10, {{id("auditing"), Level::intermediate}}));
  index.upsert_need(need(11, {{id("sanitation"), Level::intermediate}}));
  index.upsert_need(need(12, {{id("sanitation_studies"), Level::intermediate}}));
  index.upsert_expert(expert(1, {{id("sanitation"), Level::expert}}));
  auto m = index.needs_for_expert(1, 10);
  ASSERT_TRUE(m);
  ASSERT_EQ(m->size(), 2u);
  EXPECT_EQ((*m)[0].id, 11);  // same skill before the narrower need it covers as broader
  EXPECT_EQ((*m)[1].id, 12);
  EXPECT_FALSE(index.needs_for_expert(404, 10));
  EXPECT_FALSE(index.experts_for_need(404, 10));
  ASSERT_TRUE(index.experts_for_need(11, 10));
  EXPECT_EQ(index.experts_for_need(11, 10)->size(), 1u);
}

TEST_F(IndexTest, ExcludedExpertsAreNeverProposedButMayBrowse) {
  Index index(tax);
  Expert busy = expert(1, {{id("sanitation"), Level::expert}});
  busy.open_invitations = 3;
  Expert gone = expert(2, {{id("sanitation"), Level::expert}});
  gone.available = false;
  index.upsert_expert(busy);
  index.upsert_expert(gone);
  index.upsert_need(need(11, {{id("sanitation"), Level::expert}}));
  EXPECT_TRUE(index.experts_for_need(11, 10)->empty());
  EXPECT_EQ(index.needs_for_expert(1, 10)->size(), 1u);
  EXPECT_TRUE(index.needs_for_expert(2, 10)->empty());
}

// The tier pruning must never change the answer: compare with scoring every expert.
TEST_F(IndexTest, TopKEqualsTheBruteForceRanking) {
  std::mt19937 rng(42);
  std::vector<SkillId> all;
  for (SkillId s = 0; s < tax->size(); ++s) all.push_back(s);
  Index index(tax);
  std::vector<Expert> experts;
  for (int i = 1; i <= 2000; ++i) {
    Expert e = expert(i, {});
    int n = 1 + int(rng() % 3);
    for (int j = 0; j < n; ++j) e.skills.push_back({all[rng() % all.size()], Level(1 + rng() % 3)});
    e.languages = LangMask(1 << (rng() % 4));
    e.remote_hours_per_month = int(rng() % 30);
    // Provinces 1–4 in region 1 or 2, no province (0), or a whole region only.
    std::int64_t province = std::int64_t(rng() % 5);
    e.attachments = {{0, province, province == 0 ? std::int64_t(rng() % 3) : 1 + province % 2}};
    e.recent_invitations = int(rng() % 3);
    e.open_invitations = int(rng() % 4);
    experts.push_back(e);
    index.upsert_expert(e);
  }
  for (int q = 0; q < 50; ++q) {
    Need n = need(q, {{all[rng() % all.size()], Level(1 + rng() % 3)}});
    if (q % 2) n.skills.push_back({all[rng() % all.size()], Level::beginner});
    n.languages = LangMask(1 << (rng() % 4));
    std::int64_t province = std::int64_t(rng() % 5);
    n.place = {0, province, province == 0 ? 0 : 1 + province % 2};
    std::vector<std::pair<double, std::int64_t>> brute;
    for (const auto& e : experts) {
      auto s = score(n, e, *tax, Weights{});
      if (s) brute.push_back({s->score, e.member_id});
    }
    std::sort(brute.begin(), brute.end(), [](auto& a, auto& b) {
      return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    auto got = index.experts_for(n, 20);
    ASSERT_EQ(got.size(), std::min<std::size_t>(20, brute.size())) << q;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].id, brute[i].second) << "query " << q << " rank " << i;
      EXPECT_DOUBLE_EQ(got[i].scored.score, brute[i].first);
    }
  }
}

}  // namespace
}  // namespace comdev::match
