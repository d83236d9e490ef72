#include "features/lessons/lesson_rules.h"

#include <gtest/gtest.h>

namespace comdev::lessons {
namespace {

SheetText complete() {
  SheetText t;
  t.title = "Un réseau d'assainissement";
  t.sectors = {"sanitation"};
  for (std::size_t i = 0; i < kSections.size(); ++i) t.body[i] = "Texte";
  return t;
}

TEST(LessonRules, StatesHaveNamesBothWays) {
  for (auto s : {State::draft, State::submitted, State::published}) {
    EXPECT_EQ(parse_state(name(s)), s);
  }
  EXPECT_FALSE(parse_state("archived"));
}

TEST(LessonRules, OnlyFinishedProjectsGetASheet) {
  for (auto s : {"done", "capitalised", "abandoned"}) EXPECT_TRUE(project_finished(s)) << s;
  for (auto s : {"idea", "maturing", "ready", "funding", "in_progress", ""}) {
    EXPECT_FALSE(project_finished(s)) << s;
  }
}

TEST(LessonRules, ReviewMovesForwardOrBackToTheTeam) {
  const State all[] = {State::draft, State::submitted, State::published};
  int allowed = 0;
  for (auto from : all) {
    for (auto to : all) allowed += may_move(from, to) ? 1 : 0;
  }
  EXPECT_EQ(allowed, 3);
  EXPECT_TRUE(may_move(State::draft, State::submitted));
  EXPECT_TRUE(may_move(State::submitted, State::published));
  EXPECT_TRUE(may_move(State::submitted, State::draft));
  EXPECT_FALSE(may_move(State::draft, State::published));
  EXPECT_FALSE(may_move(State::published, State::draft));
}

TEST(LessonRules, ASheetNeedsItsCoreSectionsBeforeReview) {
  EXPECT_TRUE(missing_for_review(complete()).empty());
  SheetText t = complete();
  t.title.clear();
  t.sectors.clear();
  t.body[0].clear();  // context
  t.body[7].clear();  // lessons
  t.body[1].clear();  // objectives: optional
  EXPECT_EQ(missing_for_review(t),
            (std::vector<std::string>{"title", "sectors", "context", "lessons"}));
}

Tree sample_tree() {
  return {{1, {0, "region"}}, {2, {1, "province"}}, {3, {2, "commune"}}, {4, {3, "douar"}}};
}

TEST(LessonRules, APlaceKnowsItsCommuneProvinceAndRegion) {
  auto tree = sample_tree();
  auto douar = place_of(4, tree);
  EXPECT_EQ(douar.commune_id, 3);
  EXPECT_EQ(douar.province_id, 2);
  EXPECT_EQ(douar.region_id, 1);
  auto province = place_of(2, tree);
  EXPECT_EQ(province.commune_id, 0);
  EXPECT_EQ(province.region_id, 1);
  EXPECT_EQ(place_of(0, tree).region_id, 0);
  EXPECT_EQ(place_of(99, tree).region_id, 0);
}

TEST(LessonRules, ACycleInTheTreeDoesNotHang) {
  Tree tree = {{1, {2, "commune"}}, {2, {1, "province"}}};
  auto p = place_of(1, tree);
  EXPECT_EQ(p.commune_id, 1);
  EXPECT_EQ(p.province_id, 2);
}

TEST(LessonRules, FiltersNarrowBySectorPlaceAndTypeOfActor) {
  Sheet s;
  s.text = complete();
  s.text.sectors = {"water", "sanitation"};
  s.carrier_type = "diaspora_association";
  auto place = place_of(4, sample_tree());
  EXPECT_TRUE(matches({}, s, place));
  Filter f;
  f.sector = "water";
  f.region_id = 1;
  f.commune_id = 3;
  f.actor_type = "diaspora_association";
  EXPECT_TRUE(matches(f, s, place));
  auto miss = [&](auto change) {
    Filter g = f;
    change(g);
    return !matches(g, s, place);
  };
  EXPECT_TRUE(miss([](Filter& g) { g.sector = "education"; }));
  EXPECT_TRUE(miss([](Filter& g) { g.region_id = 7; }));
  EXPECT_TRUE(miss([](Filter& g) { g.commune_id = 7; }));
  EXPECT_TRUE(miss([](Filter& g) { g.actor_type = "commune"; }));
}

TEST(LessonRules, CutAtWordKeepsWholeWordsAndUtf8) {
  EXPECT_EQ(cut_at_word("court", 10), "court");
  EXPECT_EQ(cut_at_word("une phrase bien trop longue", 16), "une phrase bien\u2026");
  auto arabic = cut_at_word("مياه مياه مياه مياه مياه", 8);
  EXPECT_EQ(arabic, "مياه\u2026");
}

TEST(LessonRules, PlainTextDropsMarkup) {
  EXPECT_EQ(plain_text("**Eau** potable\n\n_pour_ #tous"), "Eau potable pour tous");
}

TEST(LessonRules, APrefilledProjectCarriesTheSheet) {
  Sheet s;
  s.id = 3;
  s.text = complete();
  s.text.lang = "ar";
  s.text.sectors = {"a", "b", "c", "d", "e", "f"};
  s.text.body[0] = "Premier **paragraphe** du contexte.\n\nSecond paragraphe.";
  s.text.body[7] = "Garder des traces.";
  s.text.body[8] = "";
  PrefillText labels{"Contexte", "Leçons", "Recommandations", "Depuis la fiche 3."};
  auto p = prefill(s, labels);
  EXPECT_EQ(p.title, s.text.title);
  EXPECT_EQ(p.lang, "ar");
  EXPECT_EQ(p.summary, "Premier paragraphe du contexte.");
  EXPECT_EQ(p.sectors.size(), kMaxSectors);
  EXPECT_EQ(p.description_md,
            "## Contexte\n\nPremier **paragraphe** du contexte.\n\nSecond paragraphe.\n\n"
            "## Leçons\n\nGarder des traces.\n\n*Depuis la fiche 3.*\n");
}

TEST(LessonRules, APrefilledDescriptionStaysWithinTheProjectLimit) {
  Sheet s;
  s.text = complete();
  s.text.body[0] = std::string(15000, 'a');
  s.text.body[7] = std::string(15000, 'b');
  auto p = prefill(s, {"C", "L", "R", "Source."});
  EXPECT_LE(p.description_md.size(), kMaxDescription);
  EXPECT_NE(p.description_md.find("aaa"), std::string::npos);
  EXPECT_EQ(p.description_md.find("bbb"), std::string::npos);
  EXPECT_NE(p.description_md.find("*Source.*"), std::string::npos);
}

}  // namespace
}  // namespace comdev::lessons
