#include "features/skills/skill_rules.h"

#include <gtest/gtest.h>

namespace comdev::skills {
namespace {

Entry entry(std::string slug, std::string parent = "") {
  return {slug, parent, {slug + " fr", slug + " ar", slug + " en"}, {}};
}

Skill row(std::int64_t id, std::string slug, std::int64_t parent, int position) {
  Skill s;
  s.id = id;
  s.slug = slug;
  s.parent_id = parent;
  s.position = position;
  s.labels = {slug + " fr", slug + " ar", slug + " en"};
  return s;
}

TEST(SkillRules, SlugsAreLowerCaseLettersDigitsAndUnderscores) {
  EXPECT_TRUE(valid_slug("solar_pumping2"));
  EXPECT_FALSE(valid_slug(""));
  EXPECT_FALSE(valid_slug("Solar"));
  EXPECT_FALSE(valid_slug("eau-potable"));
  EXPECT_FALSE(valid_slug("é"));
  EXPECT_FALSE(valid_slug(std::string(65, 'a')));
  EXPECT_TRUE(valid_slug(std::string(64, 'a')));
}

TEST(SkillRules, TheLabelFallsBackToFrenchWhenEmpty) {
  Labels l{"Eau", "", "Water"};
  EXPECT_EQ(label(l, i18n::Lang::en), "Water");
  EXPECT_EQ(label(l, i18n::Lang::ar), "Eau");
}

TEST(SkillRules, AValidTaxonomyHasNoProblem) {
  EXPECT_EQ(taxonomy_problem({entry("water"), entry("hydraulics", "water")}), std::nullopt);
}

TEST(SkillRules, EachProblemOfAFileIsNamedWithItsEntry) {
  EXPECT_EQ(taxonomy_problem({}), "the list is empty");
  auto p = taxonomy_problem({entry("water"), entry("water")});
  ASSERT_TRUE(p);
  EXPECT_EQ(*p, "entry 2 (slug \"water\"): the slug is given twice");
  p = taxonomy_problem({entry("hydraulics", "water"), entry("water")});
  ASSERT_TRUE(p);
  EXPECT_NE(p->find("entry 1 (slug \"hydraulics\"): the parent \"water\" is unknown"),
            std::string::npos);
  p = taxonomy_problem({entry("water"), entry("hydraulics", "water"), entry("x", "hydraulics")});
  ASSERT_TRUE(p);
  EXPECT_NE(p->find("is not a domain"), std::string::npos);
  auto no_arabic = entry("water");
  no_arabic.labels.ar.clear();
  p = taxonomy_problem({no_arabic});
  ASSERT_TRUE(p);
  EXPECT_NE(p->find("the Arabic label is missing"), std::string::npos);
  auto bad_slug = entry("Water");
  EXPECT_TRUE(taxonomy_problem({bad_slug}));
  auto twice = entry("water");
  twice.synonyms.fr = {"eau", "eau"};
  p = taxonomy_problem({twice});
  ASSERT_TRUE(p);
  EXPECT_NE(p->find("given twice"), std::string::npos);
  auto long_label = entry("water");
  long_label.labels.en = std::string(121, 'w');
  EXPECT_TRUE(taxonomy_problem({long_label}));
  auto control = entry("water");
  control.synonyms.ar = {"a\tb"};
  EXPECT_TRUE(taxonomy_problem({control}));
}

TEST(SkillRules, AnEmptyDatabaseGetsEveryEntryInserted) {
  auto steps = plan_sync({entry("water"), entry("hydraulics", "water")}, {});
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_TRUE(steps[0].insert && steps[1].insert);
  EXPECT_EQ(steps[1].entry, 1u);
}

TEST(SkillRules, ADatabaseThatFollowsTheFileNeedsNothing) {
  EXPECT_TRUE(plan_sync({entry("water"), entry("hydraulics", "water")},
                        {row(1, "water", 0, 0), row(2, "hydraulics", 1, 1)})
                  .empty());
}

TEST(SkillRules, ChangedLabelsSynonymsParentOrPositionAreRefreshed) {
  std::vector<Entry> file = {entry("water"), entry("energy"), entry("hydraulics", "water")};
  std::vector<Skill> rows = {row(1, "water", 0, 0), row(2, "energy", 0, 1),
                             row(3, "hydraulics", 0, 2)};  // no parent yet (migration 0006)
  auto steps = plan_sync(file, rows);
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].entry, 2u);
  EXPECT_FALSE(steps[0].insert);

  rows[2].parent_id = 1;
  rows[1].position = 7;
  rows[0].synonyms.fr = {"AEP"};
  steps = plan_sync(file, rows);
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[0].entry, 0u);
  EXPECT_EQ(steps[1].entry, 1u);
}

TEST(SkillRules, AnAdministratorsEditAndSkillsAbsentFromTheFileAreLeftAlone) {
  std::vector<Skill> rows = {row(1, "water", 0, 0), row(2, "added_by_admin", 1, 5)};
  rows[0].labels.fr = "Eau (modifié)";
  rows[0].edited_at = "2026-11-23T04:00:00Z";
  EXPECT_TRUE(plan_sync({entry("water")}, rows).empty());
}

TEST(SkillRules, EntriesFollowPositionsAndNameTheirParentBySlug) {
  auto e = to_entries({row(2, "hydraulics", 1, 1), row(1, "water", 0, 0)});
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].slug, "water");
  EXPECT_EQ(e[0].parent, "");
  EXPECT_EQ(e[1].parent, "water");
}

TEST(SkillRules, GroupingPutsEachSkillUnderItsDomainInOrderAndInTheReadersLanguage) {
  auto groups =
      group_by_domain({row(3, "sanitation", 2, 4), row(1, "water", 0, 0), row(2, "env", 0, 3),
                       row(4, "hydraulics", 1, 1), row(5, "orphan_child", 4, 2)},
                      i18n::Lang::ar);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].domain.slug, "water");
  EXPECT_EQ(groups[0].domain.label, "water ar");
  ASSERT_EQ(groups[0].skills.size(), 1u);  // a grandchild is left out
  EXPECT_EQ(groups[0].skills[0].slug, "hydraulics");
  EXPECT_EQ(groups[1].skills[0].label, "sanitation ar");
}

}  // namespace
}  // namespace comdev::skills
