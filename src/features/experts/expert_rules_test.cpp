// The directory's pure logic: month ranges (leap years, bad input), subtrees of the taxonomy and
// the territories, LIKE patterns, and q's words resolved against labels and synonyms in three
// languages with accents and Arabic diacritics folded.
#include "features/experts/expert_rules.h"

#include <gtest/gtest.h>

namespace comdev::experts {
namespace {

std::vector<SkillNode> taxonomy() {
  std::vector<SkillNode> t;
  t.push_back(
      {1, std::nullopt, "sanitation_domain", "Assainissement", "التطهير", "Sanitation", 0, {}});
  t.push_back({2,
               1,
               "sanitation",
               "Assainissement liquide",
               "التطهير السائل",
               "Sewerage",
               1,
               {"eaux usées", "STEP"}});
  t.push_back({3,
               1,
               "sanitation_studies",
               "Études d'assainissement",
               "دراسات التطهير",
               "Sanitation studies",
               2,
               {}});
  t.push_back({4, std::nullopt, "finance", "Finance", "المالية", "Finance", 3, {}});
  t.push_back({5, 4, "accounting", "Comptabilité", "المحاسبة", "Accounting", 4, {"bilan"}});
  return t;
}

TEST(ExpertRules, AMonthIsItsFirstAndLastDay) {
  EXPECT_EQ(month_range("2027-07"),
            (std::pair<std::string, std::string>{"2027-07-01", "2027-07-31"}));
  EXPECT_EQ(month_range("2028-02")->second, "2028-02-29");
  EXPECT_EQ(month_range("2027-02")->second, "2027-02-28");
  EXPECT_EQ(month_range("2027-04")->second, "2027-04-30");
  EXPECT_EQ(month_range("2027-12")->second, "2027-12-31");
  for (const char* bad : {"", "2027", "2027-13", "2027-00", "2027-7", "27-07", "2027/07", "1999-01",
                          "2101-01", "abcd-ef", "2027-07-01"}) {
    EXPECT_FALSE(month_range(bad)) << bad;
  }
}

TEST(ExpertRules, ADomainIncludesEverySkillBelowIt) {
  auto t = taxonomy();
  EXPECT_EQ(skill_subtree(t, 1), (std::vector<std::int64_t>{1, 2, 3}));
  EXPECT_EQ(skill_subtree(t, 2), (std::vector<std::int64_t>{2}));
  EXPECT_TRUE(skill_subtree(t, 99).empty());
}

TEST(ExpertRules, AProvinceIncludesItsCommunesAndTheirDouars) {
  std::vector<Place> p = {{10, std::nullopt, "region", "souss", "Souss", ""},
                          {11, 10, "province", "taroudant", "Taroudant", ""},
                          {12, 11, "commune", "taliouine", "Taliouine", ""},
                          {13, 12, "douar", "douar-a", "Douar A", ""},
                          {14, 10, "province", "tiznit", "Tiznit", ""}};
  EXPECT_EQ(place_subtree(p, 11), (std::vector<std::int64_t>{11, 12, 13}));
  EXPECT_EQ(place_subtree(p, 10), (std::vector<std::int64_t>{10, 11, 14, 12, 13}));
  EXPECT_EQ(place_subtree(p, 13), (std::vector<std::int64_t>{13}));
}

TEST(ExpertRules, ACycleInTheTreeDoesNotLoop) {
  std::vector<Place> p = {{1, 2, "province", "a", "A", ""}, {2, 1, "commune", "b", "B", ""}};
  EXPECT_EQ(place_subtree(p, 1), (std::vector<std::int64_t>{1, 2}));
}

TEST(ExpertRules, LikePatternsEscapeTheirWildcards) {
  EXPECT_EQ(like_pattern("Hydro"), "%hydro%");
  EXPECT_EQ(like_pattern("100%_x\\"), "%100\\%\\_x\\\\%");
  EXPECT_EQ(like_pattern("Élodie"), "%Élodie%");  // only ASCII letters change case, as in SQL
}

TEST(ExpertRules, WordsFindSkillsByLabelAndSynonymInEveryLanguage) {
  auto t = taxonomy();
  auto w = resolve_words("assainissement", t);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].skills, (std::vector<std::int64_t>{1, 2, 3}));
  EXPECT_EQ(w[0].like, "%assainissement%");
  EXPECT_EQ(resolve_words("etudes", t)[0].skills, (std::vector<std::int64_t>{3}));  // no accent
  EXPECT_EQ(resolve_words("Sewerage", t)[0].skills, (std::vector<std::int64_t>{2}));
  EXPECT_EQ(resolve_words("usées", t)[0].skills, (std::vector<std::int64_t>{2}));  // a synonym
  EXPECT_EQ(resolve_words("step", t)[0].skills, (std::vector<std::int64_t>{2}));
  EXPECT_EQ(resolve_words("المحاسبة", t)[0].skills, (std::vector<std::int64_t>{5}));
  EXPECT_EQ(resolve_words("المُحاسبة", t)[0].skills, (std::vector<std::int64_t>{5}));  // diacritic
  EXPECT_TRUE(resolve_words("plomberie", t)[0].skills.empty());  // still a word for the names
}

TEST(ExpertRules, ShortWordsAreDroppedAndWordsAreCapped) {
  auto t = taxonomy();
  auto w = resolve_words("ingénieur de l'eau en France", t);
  ASSERT_EQ(w.size(), 3u);  // ingénieur, eau, france
  EXPECT_EQ(w[1].like, "%eau%");
  EXPECT_TRUE(resolve_words("a b de", t).empty());
  EXPECT_EQ(resolve_words("one two three four five six seven eight", t).size(), kMaxWords);
}

}  // namespace
}  // namespace comdev::experts
