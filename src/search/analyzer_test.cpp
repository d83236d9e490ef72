#include "search/analyzer.h"

#include <gtest/gtest.h>

#include "search/index.h"

namespace comdev::search {
namespace {

// True when a query for `query` matches a document word `doc` (written in `lang`).
bool matches(std::string_view query, std::string_view doc, Lang lang = Lang::fr) {
  Analyzer& a = Analyzer::for_this_thread();
  auto q = parse_query(query);
  if (q.size() != 1) return false;
  auto terms = a.terms(doc, lang);
  for (const auto& v : q[0]) {
    for (const auto& t : terms) {
      if (v == t) return true;
    }
  }
  return false;
}

TEST(Analyzer, StopWordsAndOneLetterWordsAreDropped) {
  Analyzer& a = Analyzer::for_this_thread();
  EXPECT_TRUE(a.terms("de la l' d' à et le les des", Lang::fr).empty());
  EXPECT_TRUE(a.terms("the of and", Lang::en).empty());
  EXPECT_TRUE(a.terms("في من إلى على", Lang::ar).empty());
  EXPECT_TRUE(a.terms("الى علي", Lang::ar).empty());  // the same written without hamza/maqsura
  EXPECT_TRUE(is_stop_word("de"));
  EXPECT_FALSE(is_stop_word("eau"));
  EXPECT_TRUE(parse_query("de la").empty());
}

TEST(Analyzer, FrenchPluralsAndCase) {
  EXPECT_TRUE(matches("projets", "Projet"));
  EXPECT_TRUE(matches("PUITS", "puits"));
  EXPECT_TRUE(matches("femmes", "femme"));
  EXPECT_TRUE(matches("coopératives", "Coopérative"));
  EXPECT_TRUE(matches("eaux", "eau"));
  EXPECT_TRUE(matches("potables", "potable"));
}

TEST(Analyzer, FrenchAccentsEitherWay) {
  EXPECT_TRUE(matches("realisee", "réalisée"));
  EXPECT_TRUE(matches("réalisée", "realisee"));
  EXPECT_TRUE(matches("réalisation", "réalisée"));
  EXPECT_TRUE(matches("education", "Éducation"));
  EXPECT_TRUE(matches("ÉDUCATIVES", "éducation"));
  EXPECT_TRUE(matches("developpement", "développement"));
  EXPECT_TRUE(matches("coopérative", "cooperatives"));
  EXPECT_TRUE(matches("ecole", "écoles"));
}

TEST(Analyzer, FrenchElision) {
  EXPECT_TRUE(matches("eau", "l'eau"));
  EXPECT_TRUE(matches("irrigation", "d’irrigation"));
}

TEST(Analyzer, EnglishStemming) {
  EXPECT_TRUE(matches("wells", "well", Lang::en));
  EXPECT_TRUE(matches("training", "trainings", Lang::en));
  EXPECT_TRUE(matches("schools", "school", Lang::en));
}

TEST(Analyzer, ArabicWithAndWithoutDiacritics) {
  EXPECT_TRUE(matches("مدرسة", "مَدْرَسَةٌ", Lang::ar));
  EXPECT_TRUE(matches("مَدْرَسَة", "مدرسة", Lang::ar));
  EXPECT_TRUE(matches("تعاونية", "تَعَاوُنِيَّة", Lang::ar));
}

TEST(Analyzer, ArabicTatweel) {
  EXPECT_TRUE(matches("مـــاء", "ماء", Lang::ar));
  EXPECT_TRUE(matches("ماء", "مـاء", Lang::ar));
}

TEST(Analyzer, ArabicAlefHamza) {
  EXPECT_TRUE(matches("ابار", "آبار", Lang::ar));
  EXPECT_TRUE(matches("امازيغية", "أمازيغية", Lang::ar));
  EXPECT_TRUE(matches("اصلاح", "إصلاح", Lang::ar));
  EXPECT_TRUE(matches("بير", "بئر", Lang::ar));
  EXPECT_TRUE(matches("موسسة", "مؤسسة", Lang::ar));
}

TEST(Analyzer, ArabicYaAndAlefMaqsura) {
  EXPECT_TRUE(matches("مستشفي", "مستشفى", Lang::ar));
  EXPECT_TRUE(matches("مستشفى", "مستشفي", Lang::ar));
}

TEST(Analyzer, ArabicTaMarbuta) {
  EXPECT_TRUE(matches("مدرسه", "مدرسة", Lang::ar));
  EXPECT_TRUE(matches("تنمية", "تنميه", Lang::ar));
}

TEST(Analyzer, ArabicArticleAndConjunction) {
  EXPECT_TRUE(matches("مدرسة", "المدرسة", Lang::ar));
  EXPECT_TRUE(matches("المدرسة", "مدرسة", Lang::ar));
  EXPECT_TRUE(matches("مدارس", "والمدارس", Lang::ar));
  EXPECT_TRUE(matches("مياه", "للمياه", Lang::ar));
  EXPECT_TRUE(matches("تعاونيات", "التعاونيات", Lang::ar));
  EXPECT_TRUE(matches("الصرف", "والصرف", Lang::ar));
}

TEST(Analyzer, DifferentWordsDoNotMatch) {
  EXPECT_FALSE(matches("eau", "école"));
  EXPECT_FALSE(matches("مدرسة", "مستشفى", Lang::ar));
  EXPECT_FALSE(matches("puits", "pistes"));
}

TEST(Analyzer, NumbersAreWords) {
  EXPECT_TRUE(matches("2014", "en 2014"));
  EXPECT_TRUE(matches("٢٠١٤", "2014"));
}

TEST(Analyzer, QueryWordsAreGroupsOfVariants) {
  auto q = parse_query("Eau potable de l'école");
  ASSERT_EQ(q.size(), 3u);  // "de" and "l" are dropped
  for (const auto& group : q) EXPECT_FALSE(group.empty());
  EXPECT_EQ(parse_query("eau EAU Eau").size(), 1u);  // the same word thrice is one word
}

}  // namespace
}  // namespace comdev::search
