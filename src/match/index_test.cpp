#include "match/index.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

#include "match/synthetic.h"
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

// A richer world for the equivalence tests: 6 domains of 6 skills, two of them with narrower
// skills under them; experts with up to 8 skills (more than a posting holds), windows, several
// attachments; needs with up to 5 skills, every mode, with or without a period.
class IndexEquivalence : public ::testing::Test {
 protected:
  IndexEquivalence() {
    std::vector<Taxonomy::Entry> entries;
    for (int d = 0; d < 6; ++d) {
      std::string domain = "d" + std::to_string(d);
      entries.push_back({domain, ""});
      for (int c = 0; c < 6; ++c) {
        std::string child = domain + "_" + std::to_string(c);
        entries.push_back({child, domain});
        if (c < 2)
          for (int g = 0; g < 3; ++g) entries.push_back({child + "_" + std::to_string(g), child});
      }
    }
    tax = std::make_shared<Taxonomy>(entries);
  }
  SkillLevel any_skill() {
    // Skewed: low ids (domain 0) are popular, so lists of very different lengths meet.
    auto s = SkillId(std::min<std::size_t>(tax->size() - 1, std::size_t(skew(rng) * 6)));
    return {s, Level(1 + rng() % 3)};
  }
  Place any_place() {
    std::int64_t province = 1 + std::int64_t(rng() % 6);
    std::int64_t commune = rng() % 2 ? province * 100 + std::int64_t(rng() % 4) : 0;
    return {commune, province, 1 + province % 2};
  }
  Expert any_expert(std::int64_t id) {
    Expert e;
    e.member_id = id;
    int skills = 1 + int(rng() % (rng() % 10 == 0 ? 8 : 3));
    for (int j = 0; j < skills; ++j) e.skills.push_back(any_skill());
    e.languages = LangMask(1 << (rng() % 4)) | (rng() % 3 ? LangMask(4) : LangMask(0));
    e.remote_hours_per_month = int(rng() % 4) * 8;
    if (rng() % 3 == 0) {
      Day from = 20'600 + Day(rng() % 90);
      e.windows.push_back({from, from + Day(rng() % 30), any_place()});
      if (rng() % 4 == 0) e.windows.push_back({from + 40, from + 50, any_place()});
    }
    switch (rng() % 5) {
      case 0:
        break;
      case 1:  // a whole region, no province
        e.attachments.push_back({0, 0, 1 + std::int64_t(rng() % 2)});
        break;
      case 2:
        e.attachments.push_back(any_place());
        e.attachments.push_back(any_place());
        break;
      default:
        e.attachments.push_back(any_place());
    }
    e.invitations_received = int(rng() % 8);
    e.invitations_answered = int(rng() % (e.invitations_received + 1));
    e.open_invitations = int(rng() % 5 == 0 ? 3 : rng() % 3);
    e.recent_invitations = rng() % 3 == 0 ? int(rng() % 3) : 0;
    e.available = rng() % 15 != 0;
    return e;
  }
  Need any_need(std::int64_t id) {
    Need n;
    n.need_id = id;
    int skills = 1 + int(rng() % (rng() % 8 == 0 ? 5 : 3));
    for (int j = 0; j < skills; ++j) n.skills.push_back(any_skill());
    n.languages = rng() % 5 == 0 ? LangMask(0) : LangMask(1 << (rng() % 4));
    n.mode = Mode(rng() % 3);
    if (rng() % 4) {
      n.from = 20'600 + Day(rng() % 120);
      n.to = n.from + Day(rng() % 40);
    }
    if (rng() % 6) n.place = any_place();
    return n;
  }
  std::vector<std::pair<double, std::int64_t>> brute_experts(const Need& n) {
    std::vector<std::pair<double, std::int64_t>> out;
    for (const auto& [id, e] : experts) {
      auto s = score(n, e, *tax, Weights{});
      if (s) out.push_back({s->score, id});
    }
    sort(out);
    return out;
  }
  std::vector<std::pair<double, std::int64_t>> brute_needs(const Expert& e) {
    std::vector<std::pair<double, std::int64_t>> out;
    for (const auto& [id, n] : needs) {
      double s = score_into(n, e, *tax, Weights{}, nullptr, true);
      if (s >= 0) out.push_back({s, id});
    }
    sort(out);
    return out;
  }
  static void sort(std::vector<std::pair<double, std::int64_t>>& v) {
    std::sort(v.begin(), v.end(), [](auto& a, auto& b) {
      return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
  }
  static void expect_same(const std::vector<Match>& got,
                          const std::vector<std::pair<double, std::int64_t>>& brute, std::size_t k,
                          const std::string& what) {
    ASSERT_EQ(got.size(), std::min(k, brute.size())) << what;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].id, brute[i].second) << what << " rank " << i;
      EXPECT_DOUBLE_EQ(got[i].scored.score, brute[i].first) << what << " rank " << i;
    }
  }
  void check_all(const Index& index, int queries, const std::string& phase) {
    const std::size_t ks[] = {1, 5, 20, 100};
    for (int q = 0; q < queries; ++q) {
      std::size_t k = ks[q % 4];
      Need n = any_need(100000 + q);
      expect_same(index.experts_for(n, k), brute_experts(n), k,
                  phase + " experts_for " + std::to_string(q));
      Expert e = any_expert(900000 + q);
      e.available = true;
      expect_same(index.needs_for(e, k), brute_needs(e), k,
                  phase + " needs_for " + std::to_string(q));
    }
  }

  std::mt19937 rng{7};
  std::exponential_distribution<double> skew{0.4};
  std::shared_ptr<const Taxonomy> tax;
  std::map<std::int64_t, Expert> experts;
  std::map<std::int64_t, Need> needs;
};

TEST_F(IndexEquivalence, OneByOneBulkAndAfterChangesTheIndexAgreesWithScoringEveryone) {
  Index one(tax), bulk(tax);
  std::vector<Expert> batch;
  for (int i = 1; i <= 3000; ++i) {
    Expert e = any_expert(i);
    experts[i] = e;
    one.upsert_expert(e);
    batch.push_back(e);
  }
  bulk.upsert_experts(batch);
  std::vector<Need> need_batch;
  for (int i = 1; i <= 600; ++i) {
    Need n = any_need(i);
    needs[i] = n;
    one.upsert_need(n);
    need_batch.push_back(n);
  }
  bulk.upsert_needs(need_batch);
  check_all(one, 60, "one by one");
  check_all(bulk, 60, "bulk");

  // Changes land in the unsorted tails and must be seen at once, replaced values forgotten.
  for (int c = 0; c < 400; ++c) {
    std::int64_t id = 1 + std::int64_t(rng() % 3200);
    if (rng() % 4 == 0) {
      EXPECT_EQ(bulk.remove_expert(id), experts.erase(id) == 1);
    } else {
      Expert e = any_expert(id);
      experts[id] = e;
      bulk.upsert_expert(e);
    }
    std::int64_t nid = 1 + std::int64_t(rng() % 700);
    if (rng() % 4 == 0) {
      EXPECT_EQ(bulk.remove_need(nid), needs.erase(nid) == 1);
    } else {
      Need n = any_need(nid);
      needs[nid] = n;
      bulk.upsert_need(n);
    }
  }
  EXPECT_EQ(bulk.expert_count(), experts.size());
  EXPECT_EQ(bulk.need_count(), needs.size());
  check_all(bulk, 60, "after changes");
  for (const auto& [id, n] : needs) {
    if (id % 50) continue;
    expect_same(*bulk.experts_for_need(id, 20), brute_experts(n), 20, "indexed need");
  }
}

// The benchmark's pool (clustered skills, summer windows, real-looking histories) gives high
// k-th scores, where the bounds cut most: the answers must still be exact.
TEST_F(IndexEquivalence, OnTheBenchmarksPoolTheIndexAgreesWithScoringEveryone) {
  std::vector<synthetic::Province> provinces = {
      {1, 2, {100, 101, 102}, 4}, {3, 2, {300}, 1}, {4, 5, {400, 401}, 2}};
  synthetic::Generator gen(*tax, provinces, 3, synthetic::day_of(2026, 11, 23));
  Index index(tax);
  for (int i = 1; i <= 6000; ++i) {
    Expert e = gen.expert(i);
    experts[i] = e;
    index.upsert_expert(e);
  }
  for (int i = 1; i <= 800; ++i) {
    Need n = gen.need(i);
    needs[i] = n;
    index.upsert_need(n);
  }
  for (int q = 1; q <= 150; ++q) {
    const Need& n = needs[q];
    expect_same(*index.experts_for_need(n.need_id, 20), brute_experts(n), 20,
                "need " + std::to_string(q));
    const Expert& e = experts[q * 37];
    expect_same(*index.needs_for_expert(e.member_id, 20), brute_needs(e), 20,
                "expert " + std::to_string(q * 37));
  }
}

TEST_F(IndexEquivalence, ANeedReadsFarFewerPostingsThanThePool) {
  Index index(tax);
  std::vector<Expert> batch;
  for (int i = 1; i <= 20000; ++i) batch.push_back(any_expert(i));
  index.upsert_experts(batch);
  Need n;
  n.need_id = 1;
  n.skills = {{SkillId(1), Level::intermediate}};  // d0_0: the most offered skill
  n.languages = 4;
  n.mode = Mode::remote;
  n.place = {100, 1, 2};
  ASSERT_EQ(index.experts_for(n, 20).size(), 20u);
  EXPECT_LT(Index::last_query_work().scored, 2000u);
}

}  // namespace
}  // namespace comdev::match
