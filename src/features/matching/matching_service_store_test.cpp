// The matching service on both databases (ctest runs it on SQLite and PostgreSQL): built from
// the tables at start, and two instances on one database, each with its own follower and
// service, where a profile or a need written through one shows in the other's matches after a
// poll of the change log.
#include <gtest/gtest.h>

#include <algorithm>

#include "features/matching/matching_fixture_store.h"
#include "features/matching/matching_service.h"
#include "features/needslist/needslist_fixture_store.h"
#include "store/migrator.h"
#include "store/testing/temp_db.h"

namespace comdev::matching {
namespace {

namespace nfx = needslist::fixture_store;
namespace mfx = fixture_store;

std::vector<std::int64_t> ids_of(const std::optional<std::vector<match::Match>>& m) {
  std::vector<std::int64_t> out;
  if (m)
    for (const auto& x : *m) out.push_back(x.id);
  return out;
}

bool has(const std::vector<match::Reason>& reasons, match::ReasonCode code) {
  return std::any_of(reasons.begin(), reasons.end(), [&](auto& r) { return r.code == code; });
}

class MatchingServiceTest : public ::testing::Test {
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
    region = *nfx::territory(*one, "region", "r", 0);
    province = *nfx::territory(*one, "province", "p", region);
    commune = *nfx::territory(*one, "commune", "c", province);
    auto p = nfx::project(*one, "Assainissement du douar", commune, {"water"});
    ASSERT_TRUE(p.ok()) << p.error().detail;
    project = *p;
    sanitation = *nfx::skill_id(*one, "sanitation");
    accounting = *nfx::skill_id(*one, "accounting");
    nfx::FixtureNeed n;
    n.project_id = project;
    n.title = "Étude d'assainissement";
    n.mode = "on_site";
    n.period_start = "2027-07-01";
    n.period_end = "2027-08-31";
    n.skill_ids = {sanitation};
    auto id = nfx::need(*one, n);
    ASSERT_TRUE(id.ok()) << id.error().detail;
    need = *id;
  }

  std::int64_t engineer(store::Db& db, std::string name = "Ingénieure") {
    mfx::FixtureExpert e;
    e.name = std::move(name);
    e.skills = {{sanitation, "expert"}};
    e.languages = {"fr", "ar"};
    e.attachments = {province};
    e.windows = {{commune, "2027-08-01", "2027-08-20"}};
    auto id = mfx::expert(db, e);
    EXPECT_TRUE(id.ok()) << id.error().detail;
    return id.ok() ? *id : 0;
  }

  std::unique_ptr<store::testing::TestDatabase> test_db;
  std::unique_ptr<store::Db> one, two;
  std::int64_t region = 0, province = 0, commune = 0, project = 0, need = 0;
  std::int64_t sanitation = 0, accounting = 0;
};

TEST_F(MatchingServiceTest, BuildsThePoolFromTheTablesLeavingOutWhoMustNotBeProposed) {
  auto best = engineer(*one);
  mfx::FixtureExpert opted_out;
  opted_out.skills = {{sanitation, "expert"}};
  opted_out.open_to_invitations = false;
  auto quiet = *mfx::expert(*one, opted_out);
  auto gone = engineer(*one, "Partie");
  ASSERT_TRUE(mfx::delete_account(*one, gone).ok());
  mfx::FixtureExpert accountant;
  accountant.skills = {{accounting, "expert"}};
  auto other = *mfx::expert(*one, accountant);
  mfx::FixtureExpert skilless;
  auto none = *mfx::expert(*one, skilless);

  changes::Follower follower(*two);
  auto service = Service::build(*two, follower);
  ASSERT_TRUE(service.ok()) << service.error().detail;
  auto m = (*service)->experts_for_need(need, 10);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(ids_of(m), std::vector<std::int64_t>{best});
  const auto& reasons = m->front().scored.reasons;
  EXPECT_TRUE(has(reasons, match::ReasonCode::covers_skills));
  EXPECT_TRUE(has(reasons, match::ReasonCode::on_site_window));
  EXPECT_TRUE(has(reasons, match::ReasonCode::attached_province));
  EXPECT_TRUE((*service)->invitable(best));
  EXPECT_FALSE((*service)->invitable(quiet));
  EXPECT_FALSE((*service)->invitable(gone));
  EXPECT_FALSE((*service)->needs_for_member(none, 5).has_value()) << "no skill: not in the pool";
  EXPECT_TRUE((*service)->needs_for_member(other, 5)->empty());
  EXPECT_EQ(ids_of((*service)->needs_for_member(quiet, 5)), std::vector<std::int64_t>{need})
      << "opting out of invitations does not stop browsing needs";
  EXPECT_TRUE((*service)->explain(need, best).has_value());
  EXPECT_FALSE((*service)->explain(need, quiet).has_value());
  EXPECT_EQ(ids_of((*service)->experts_for_need(need, 10, {best})), std::vector<std::int64_t>{});
}

TEST_F(MatchingServiceTest, AChangeWrittenThroughOneInstanceShowsInTheOthersAfterAPoll) {
  changes::Follower follower_one(*one), follower_two(*two);
  auto service_one = Service::build(*one, follower_one);
  auto service_two = Service::build(*two, follower_two);
  ASSERT_TRUE(service_one.ok() && service_two.ok());
  EXPECT_TRUE(ids_of((*service_two)->experts_for_need(need, 10)).empty());

  auto first = engineer(*one);
  follower_two.poll();
  EXPECT_EQ(ids_of((*service_two)->experts_for_need(need, 10)), std::vector<std::int64_t>{first});
  EXPECT_EQ(ids_of((*service_one)->experts_for_need(need, 10)), std::vector<std::int64_t>{first})
      << "the writing instance sees its own write at once (catch_up)";

  ASSERT_TRUE(mfx::set_open_to_invitations(*one, first, false).ok());
  follower_two.poll();
  EXPECT_TRUE(ids_of((*service_two)->experts_for_need(need, 10)).empty()) << "opted out";
  ASSERT_TRUE(mfx::set_open_to_invitations(*one, first, true).ok());
  follower_two.poll();
  EXPECT_EQ(ids_of((*service_two)->experts_for_need(need, 10)), std::vector<std::int64_t>{first});

  ASSERT_TRUE(mfx::delete_account(*one, first).ok());
  follower_two.poll();
  EXPECT_TRUE(ids_of((*service_two)->experts_for_need(need, 10)).empty()) << "account deleted";

  auto second = engineer(*one, "Deuxième");
  ASSERT_TRUE(nfx::set_status(*one, need, "closed").ok());
  follower_two.poll();
  EXPECT_FALSE((*service_two)->experts_for_need(need, 10).has_value()) << "closed: not matched";
  EXPECT_TRUE((*service_two)->needs_for_member(second, 5)->empty());

  ASSERT_TRUE(nfx::set_status(*one, need, "open").ok());
  follower_two.poll();
  EXPECT_EQ(ids_of((*service_two)->needs_for_member(second, 5)), std::vector<std::int64_t>{need});
  ASSERT_TRUE(nfx::delete_project(*one, project).ok());
  follower_two.poll();
  EXPECT_TRUE((*service_two)->needs_for_member(second, 5)->empty()) << "deleted with its project";
}

}  // namespace
}  // namespace comdev::matching
