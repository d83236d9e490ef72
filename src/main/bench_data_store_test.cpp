// comdev bench-data on a database with the demo places and organisations (SQLite and
// PostgreSQL): the rows land, spread over many places, and a second run appends after the
// first without id clashes.
#include <gtest/gtest.h>

#include <filesystem>

#include "features/organisations/organisation_module.h"
#include "features/territories/territory_module.h"
#include "main/bench_data.h"
#include "main/bench_data_store.h"
#include "store/migrator.h"
#include "store/testing/temp_db.h"

namespace comdev::bench_data {
namespace {

class BenchDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto d = store::testing::open_test_db(2);
    ASSERT_TRUE(d.ok()) << d.error().detail;
    db = std::move(*d);
    std::filesystem::path migrations(COMDEV_MIGRATIONS_DIR);
    ASSERT_TRUE(store::migrate(*db, migrations).ok());
    auto demo = migrations.parent_path() / "demo";
    auto t = territories::load_demo(*db, demo);
    ASSERT_TRUE(t.ok()) << t.error().detail;
    auto o = organisations::load_demo(*db, demo);
    ASSERT_TRUE(o.ok()) << o.error().detail;
  }
  bench_data_store::Totals totals() {
    auto lease = db->acquire();
    EXPECT_TRUE(lease.ok());
    auto t = bench_data_store::totals(**lease);
    EXPECT_TRUE(t.ok()) << t.error().detail;
    return t.ok() ? *t : bench_data_store::Totals{};
  }
  std::unique_ptr<store::Db> db;
};

TEST_F(BenchDataTest, WritesTheAskedRowsOverManyPlacesInSeveralTransactions) {
  Options o;
  o.projects = 450;
  o.needs = 1350;
  o.projects_per_transaction = 100;  // 5 transactions, the last one partial
  auto r = generate(*db, o);
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(r->projects, 450);
  EXPECT_EQ(r->needs, 1350);
  EXPECT_GE(r->sectors, 450);
  EXPECT_GT(r->need_skills, 0);
  auto t = totals();
  EXPECT_EQ(t.projects, 450);
  EXPECT_EQ(t.needs, 1350);
  EXPECT_EQ(t.outside_communes, 0);
  EXPECT_GT(t.places_used, 20);           // spread over the real places
  EXPECT_GT(t.max_needs_per_project, 6);  // skewed: some projects list many needs
  EXPECT_GT(t.open_needs, t.needs / 3);   // most needs still open …
  EXPECT_LT(t.open_needs, t.needs);       // … not all
  EXPECT_GT(t.skill_needs, t.needs / 3);
}

TEST_F(BenchDataTest, ASecondRunAppendsAfterTheFirst) {
  Options o;
  o.projects = 40;
  o.needs = 100;
  ASSERT_TRUE(generate(*db, o).ok());
  o.seed = 9;
  auto r = generate(*db, o);
  ASSERT_TRUE(r.ok()) << r.error().detail;
  auto t = totals();
  EXPECT_EQ(t.projects, 80);
  EXPECT_EQ(t.needs, 200);
}

TEST_F(BenchDataTest, WritesExpertsWithTheirSkillsWindowsAttachmentsAndHistory) {
  Options o;
  o.projects = 60;
  o.needs = 300;
  o.experts = 900;
  o.experts_per_transaction = 400;  // 3 transactions, the last one partial
  auto r = generate(*db, o);
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(r->experts, 900);
  auto lease = db->acquire();
  ASSERT_TRUE(lease.ok());
  auto t = bench_data_store::expert_totals(**lease);
  ASSERT_TRUE(t.ok()) << t.error().detail;
  EXPECT_EQ(t->experts, 900);
  EXPECT_EQ(t->skills, r->expert_skills);
  EXPECT_GT(t->skills, 1500);  // 1 to 6 skills each, 2.6 on average
  EXPECT_GT(t->windows, 150);  // about a third have a visit home planned
  EXPECT_GT(t->attachments, 450);
  EXPECT_GT(t->invitations, 300);
  EXPECT_GT(t->open_to_invitations, 780);  // 92 %
  EXPECT_LT(t->open_to_invitations, 900);
}

TEST_F(BenchDataTest, ExpertsAloneNeedNoProject) {
  Options o;
  o.projects = 0;
  o.experts = 50;
  auto r = generate(*db, o);
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(r->experts, 50);
  EXPECT_EQ(r->invitations, 0);  // no open need to have been invited to
  EXPECT_EQ(totals().projects, 0);
}

TEST_F(BenchDataTest, RefusesAnEmptyDatabase) {
  auto d = store::testing::open_test_db(1);
  ASSERT_TRUE(d.ok());
  ASSERT_TRUE(store::migrate(**d, std::filesystem::path(COMDEV_MIGRATIONS_DIR)).ok());
  Options o;
  o.projects = 10;
  o.needs = 10;
  EXPECT_FALSE(generate(**d, o).ok());
}

}  // namespace
}  // namespace comdev::bench_data
