// The sync from data/skills.json on the real schema (SQLite and PostgreSQL): the first run
// fills the tree, a second changes and records nothing, an administrator's edit survives it, and
// the export gives the file back byte for byte.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "features/changes/change_log_store.h"
#include "features/skills/skill_actions.h"
#include "features/skills/skill_file.h"
#include "features/skills/skill_rules.h"
#include "features/skills/skill_store.h"
#include "store/migrator.h"
#include "store/testing/temp_db.h"

namespace comdev::skills {
namespace {

const std::string kFile = std::string(COMDEV_MIGRATIONS_DIR) + "/../data/skills.json";

class SkillStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto d = store::testing::open_test_db(2);
    ASSERT_TRUE(d.ok()) << d.error().detail;
    db = std::move(*d);
    auto migrated = store::migrate(*db, COMDEV_MIGRATIONS_DIR);
    ASSERT_TRUE(migrated.ok()) << migrated.error().detail;
  }
  std::int64_t log_end() {
    auto id = changes::change_log_store::latest_id(*db);
    EXPECT_TRUE(id.ok());
    return id.ok() ? *id : -1;
  }
  std::unique_ptr<store::Db> db;
};

TEST_F(SkillStoreTest, TheFirstSyncFillsTheTreeAndASecondChangesNothing) {
  auto first = sync_from_file(*db, kFile);
  ASSERT_TRUE(first.ok()) << first.error().detail;
  EXPECT_GE(*first, 200);
  auto after_first = log_end();
  auto all = skill_store::all(*db);
  ASSERT_TRUE(all.ok());
  EXPECT_GE(all->size(), 230u);
  auto groups = group_by_domain(*all, i18n::Lang::fr);
  EXPECT_EQ(groups.size(), 21u);
  EXPECT_EQ(groups[0].domain.slug, "water_engineering");
  // A skill seeded by migration 0006 is now under its domain, with its synonyms in file order.
  auto hydraulics =
      std::find_if(all->begin(), all->end(), [](const Skill& s) { return s.slug == "hydraulics"; });
  ASSERT_NE(hydraulics, all->end());
  EXPECT_EQ(hydraulics->parent_id, groups[0].domain.id);
  EXPECT_EQ(hydraulics->synonyms.fr.front(), "AEP");

  auto second = sync_from_file(*db, kFile);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*second, 0);
  EXPECT_EQ(log_end(), after_first) << "a sync that changed nothing recorded a change";
}

TEST_F(SkillStoreTest, TheExportGivesTheFileBackByteForByte) {
  ASSERT_TRUE(sync_from_file(*db, kFile).ok());
  auto all = skill_store::all(*db);
  ASSERT_TRUE(all.ok());
  std::ifstream in(kFile, std::ios::binary);
  std::ostringstream file;
  file << in.rdbuf();
  EXPECT_EQ(write_taxonomy(to_entries(*all)), file.str());
}

TEST_F(SkillStoreTest, AnAdministratorsEditSurvivesTheNextSyncAndIsRecorded) {
  ASSERT_TRUE(sync_from_file(*db, kFile).ok());
  auto all = skill_store::all(*db);
  ASSERT_TRUE(all.ok());
  auto s = *std::find_if(all->begin(), all->end(),
                         [](const Skill& k) { return k.slug == "sanitation"; });
  SkillForm f{"", "", {s.labels, s.synonyms, s.parent_id}};
  f.edit.labels.fr = "Assainissement liquide";
  f.edit.synonyms.en = {"wastewater"};
  auto before = log_end();
  ASSERT_TRUE(edit_skill(*db, 0, s.id, f).ok());
  EXPECT_GT(log_end(), before);

  auto again = sync_from_file(*db, kFile);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
  auto kept = skill_store::find(*db, s.id);
  ASSERT_TRUE(kept.ok() && *kept);
  EXPECT_EQ((*kept)->labels.fr, "Assainissement liquide");
  EXPECT_EQ((*kept)->synonyms.en, (std::vector<std::string>{"wastewater"}));
  EXPECT_FALSE((*kept)->edited_at.empty());
}

TEST_F(SkillStoreTest, ANewSkillGoesLastAndItsSlugCannotBeTakenTwice) {
  ASSERT_TRUE(sync_from_file(*db, kFile).ok());
  auto all = skill_store::all(*db);
  ASSERT_TRUE(all.ok());
  auto domain = group_by_domain(*all, i18n::Lang::fr)[3].domain;
  SkillForm f{"drip_kits",
              domain.slug,
              {{"Kits goutte à goutte", "أطقم التنقيط", "Drip kits"}, {}, domain.id}};
  auto id = create_skill(*db, 0, f);
  ASSERT_TRUE(id.ok()) << id.error().detail;
  auto twice = create_skill(*db, 0, f);
  ASSERT_FALSE(twice.ok());
  ASSERT_EQ(twice.error().fields.size(), 1u);
  EXPECT_EQ(twice.error().fields[0].message_id, "skills.errors.slug_taken");
  auto after = skill_store::all(*db);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->back().slug, "drip_kits");
  EXPECT_EQ(to_entries(*after).back().parent, domain.slug);
}

TEST_F(SkillStoreTest, AMalformedFileStopsTheSyncWithItsNameAndChangesNothing) {
  auto path = std::filesystem::temp_directory_path() / "comdev-bad-skills.json";
  {
    std::ofstream out(path);
    out << R"([{"slug":"a","parent":"nowhere","fr":"A","ar":"أ","en":"A"}])";
  }
  auto before = skill_store::all(*db);
  auto r = sync_from_file(*db, path);
  std::filesystem::remove(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().detail.find("comdev-bad-skills.json"), std::string::npos);
  EXPECT_NE(r.error().detail.find("parent \"nowhere\" is unknown"), std::string::npos);
  auto after = skill_store::all(*db);
  ASSERT_TRUE(before.ok() && after.ok());
  EXPECT_EQ(before->size(), after->size());
}

}  // namespace
}  // namespace comdev::skills
