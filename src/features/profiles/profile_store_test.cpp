// A profile save tells the matching index through the change log (SQLite and PostgreSQL): the
// row is written in the save's own transaction, so a refused save records nothing.
#include <gtest/gtest.h>

#include "features/changes/change_log_store.h"
#include "features/members/member_store.h"
#include "features/profiles/profile_store.h"
#include "store/migrator.h"
#include "store/testing/temp_db.h"

namespace comdev::profiles {
namespace {

class ProfileStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto d = store::testing::open_test_db(2);
    ASSERT_TRUE(d.ok()) << d.error().detail;
    db = std::move(*d);
    auto migrated = store::migrate(*db, COMDEV_MIGRATIONS_DIR);
    ASSERT_TRUE(migrated.ok()) << migrated.error().detail;
    auto id = members::member_store::create(
        *db, {"expert@example.org", "Une experte", "x", false, false, true});
    ASSERT_TRUE(id.ok());
    member_id = *id;
  }
  std::vector<changes::Change> profile_changes(std::int64_t after) {
    auto rows = changes::change_log_store::since(*db, after, "9999");
    EXPECT_TRUE(rows.ok());
    std::vector<changes::Change> out;
    for (auto& c : *rows) {
      if (c.topic == changes::kProfile) out.push_back(c);
    }
    return out;
  }
  std::unique_ptr<store::Db> db;
  std::int64_t member_id = 0;
};

TEST_F(ProfileStoreTest, ASaveRecordsAProfileChangeAndKeepsTheInvitationSetting) {
  auto start = changes::change_log_store::latest_id(*db);
  ASSERT_TRUE(start.ok());
  ProfileData d;
  d.display_name = "Une experte";
  d.skills = {{"sanitation", "expert"}};
  d.open_to_invitations = false;
  d.visibility = with_defaults({});
  ASSERT_TRUE(profile_store::save(*db, member_id, d, std::nullopt, false).ok());
  auto seen = profile_changes(*start);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].entity_id, member_id);
  auto p = profile_store::load(*db, member_id);
  ASSERT_TRUE(p.ok() && *p);
  EXPECT_FALSE((*p)->data.open_to_invitations);
  EXPECT_EQ((*p)->data.skills.size(), 1u);

  auto before_refused = changes::change_log_store::latest_id(*db);
  ASSERT_TRUE(before_refused.ok());
  d.skills = {{"no_such_skill", "expert"}};
  EXPECT_FALSE(profile_store::save(*db, member_id, d, std::nullopt, false).ok());
  EXPECT_TRUE(profile_changes(*before_refused).empty());
}

}  // namespace
}  // namespace comdev::profiles
