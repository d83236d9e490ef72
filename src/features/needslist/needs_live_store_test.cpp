// Two instances on one database (ctest runs it on SQLite and PostgreSQL): each builds its needs
// list from the tables at start; a need written, closed or moved through one instance shows in
// the other's list after a poll of its change log, with commune and province derived from the
// project's place.
#include <gtest/gtest.h>

#include "features/needslist/needs_live.h"
#include "features/needslist/needslist_fixture_store.h"
#include "store/migrator.h"
#include "store/testing/temp_db.h"

namespace comdev::needslist {
namespace {

namespace fx = fixture_store;

std::vector<std::int64_t> listed(const NeedsLive& live, Query q = {}) {
  std::vector<std::int64_t> out;
  for (const auto& n : live.index().query(q).needs) out.push_back(n.id);
  return out;
}

class NeedsLiveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto t = store::testing::create_test_database();
    ASSERT_TRUE(t.ok()) << t.error().detail;
    test_db = std::move(*t);
    auto a = store::open(test_db->url(), 2);
    auto b = store::open(test_db->url(), 2);
    ASSERT_TRUE(a.ok() && b.ok());
    one = std::move(*a);
    two = std::move(*b);
    ASSERT_TRUE(store::migrate(*one, COMDEV_MIGRATIONS_DIR).ok());
    auto region = fx::territory(*one, "region", "r", 0);
    ASSERT_TRUE(region.ok()) << region.error().detail;
    province = *fx::territory(*one, "province", "p", *region);
    commune = *fx::territory(*one, "commune", "c", province);
    other_commune = *fx::territory(*one, "commune", "c2", province);
    douar = *fx::territory(*one, "douar", "d", commune);
    auto p = fx::project(*one, "Adduction d'eau", douar, {"water", "health"});
    ASSERT_TRUE(p.ok()) << p.error().detail;
    project = *p;
    sanitation = *fx::skill_id(*one, "sanitation");
  }

  std::int64_t add_need(store::Db& db, std::string title, std::string status = "open") {
    fx::FixtureNeed n;
    n.project_id = project;
    n.title = std::move(title);
    n.status = std::move(status);
    n.mode = "on_site";
    n.period_start = "2027-07-01";
    n.period_end = "2027-08-15";
    n.effort_days = 10;
    n.skill_ids = {sanitation};
    auto id = fx::need(db, n);
    EXPECT_TRUE(id.ok()) << id.error().detail;
    return id.ok() ? *id : 0;
  }

  std::unique_ptr<store::testing::TestDatabase> test_db;
  std::unique_ptr<store::Db> one, two;
  std::int64_t province = 0, commune = 0, other_commune = 0, douar = 0, project = 0;
  std::int64_t sanitation = 0;
};

TEST_F(NeedsLiveTest, BuildsFromTheTablesWithPlacesAndSectors) {
  auto open = add_need(*one, "Étude d'assainissement");
  add_need(*one, "Déjà clos", "closed");
  changes::Follower follower(*two);
  NeedsLive live(*two, follower);
  ASSERT_TRUE(live.build().ok());
  EXPECT_EQ(listed(live), std::vector<std::int64_t>{open});
  auto r = live.index().query({});
  ASSERT_EQ(r.needs.size(), 1u);
  const auto& e = r.needs[0];
  EXPECT_EQ(e.commune_id, commune) << "the douar's commune";
  EXPECT_EQ(e.province_id, province);
  EXPECT_EQ(e.project_title, "Adduction d'eau");
  EXPECT_EQ(e.skill_ids, std::vector<std::int64_t>{sanitation});
  EXPECT_EQ(e.sectors.size(), 2u);
  Query q;
  q[Facet::skill] = sanitation;
  q[Facet::period] = *parse_month("2027-08");
  EXPECT_EQ(listed(live, q), std::vector<std::int64_t>{open});
}

TEST_F(NeedsLiveTest, AWriteThroughOneInstanceShowsInTheOtherAfterAPoll) {
  changes::Follower follower(*two);
  NeedsLive live(*two, follower);
  ASSERT_TRUE(live.build().ok());
  live.follow();
  EXPECT_TRUE(listed(live).empty());

  auto first = add_need(*one, "Formation des gestionnaires");
  auto second = add_need(*one, "Étude d'assainissement");
  follower.poll();
  EXPECT_EQ(listed(live), (std::vector<std::int64_t>{second, first})) << "newest first";

  ASSERT_TRUE(fx::set_status(*one, first, "satisfied").ok());
  follower.poll();
  EXPECT_EQ(listed(live), std::vector<std::int64_t>{second});

  ASSERT_TRUE(fx::move_project(*one, project, other_commune).ok());
  follower.poll();
  Query q;
  q[Facet::commune] = other_commune;
  EXPECT_EQ(listed(live, q), std::vector<std::int64_t>{second}) << "followed its project";

  ASSERT_TRUE(fx::delete_project(*one, project).ok());
  follower.poll();
  EXPECT_TRUE(listed(live).empty()) << "deleted with its project";
}

}  // namespace
}  // namespace comdev::needslist
