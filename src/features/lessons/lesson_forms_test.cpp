#include "features/lessons/lesson_forms.h"

#include <gtest/gtest.h>

namespace comdev::lessons {
namespace {

http::Form form(std::vector<std::pair<std::string, std::string>> fields) {
  http::Form f;
  for (auto& [k, v] : fields) f.add(k, v);
  return f;
}

std::vector<std::string> fields_of(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(f.field + ":" + f.message_id);
  return out;
}

TEST(LessonForms, ASheetWithEverySection) {
  auto r = parse_sheet(form({{"title", " Un réseau d'assainissement "},
                             {"period", "2010-2012"},
                             {"lang", "fr"},
                             {"sectors", "sanitation"},
                             {"sectors", "water"},
                             {"sectors", "water"},
                             {"territory", "12"},
                             {"context", "Le village **grandit**."},
                             {"lessons", "Garder des traces."}}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->title, "Un réseau d'assainissement");
  EXPECT_EQ(r->sectors, (std::vector<std::string>{"sanitation", "water"}));
  EXPECT_EQ(r->territory_id, 12);
  EXPECT_EQ(r->section("context"), "Le village **grandit**.");
  EXPECT_EQ(r->section("lessons"), "Garder des traces.");
  EXPECT_EQ(r->section("budget"), "");
}

TEST(LessonForms, EveryBadFieldIsNamedAtOnce) {
  SheetText typed;
  auto r = parse_sheet(form({{"title", "x"},
                             {"lang", "de"},
                             {"sectors", "space"},
                             {"territory", "abc"},
                             {"context", "<script>alert(1)</script>"},
                             {"steps", "[x](javascript:alert(1))"},
                             {"results", std::string(10001, 'a')}}),
                       &typed);
  ASSERT_FALSE(r);
  EXPECT_EQ(fields_of(r.error()),
            (std::vector<std::string>{
                "title:lessons.errors.title", "lang:projects.errors.lang",
                "sectors:projects.errors.sectors", "territory:projects.errors.territory",
                "context:teams.errors.unsafe_markdown", "steps:teams.errors.unsafe_markdown",
                "results:lessons.errors.too_long"}));
  EXPECT_EQ(typed.section("context"), "<script>alert(1)</script>");
}

TEST(LessonForms, ADraftMayBeSavedIncomplete) {
  auto r = parse_sheet(form({{"title", "Une fiche à compléter"}}));
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->sectors.empty());
  EXPECT_EQ(r->lang, "fr");
}

TEST(LessonForms, ANoteIsRequiredToSendASheetBack) {
  EXPECT_FALSE(parse_note("  "));
  EXPECT_FALSE(parse_note(std::string(2001, 'a')));
  EXPECT_EQ(*parse_note(" Précisez le budget. "), "Précisez le budget.");
}

TEST(LessonForms, FiltersIgnoreWhatTheyDoNotKnow) {
  auto f = parse_filter(form({{"sector", "water"},
                              {"region", "3"},
                              {"commune", "x"},
                              {"actor_type", "diaspora_association"},
                              {"q", " مياه "},
                              {"page", "2"}}));
  EXPECT_EQ(f.sector, "water");
  EXPECT_EQ(f.region_id, 3);
  EXPECT_EQ(f.commune_id, 0);
  EXPECT_EQ(f.actor_type, "diaspora_association");
  EXPECT_EQ(f.q, "مياه");
  EXPECT_EQ(f.page, 2);
  auto g = parse_filter(form({{"sector", "space"}, {"actor_type", "<b>"}, {"page", "-1"}}));
  EXPECT_EQ(g.sector, "");
  EXPECT_EQ(g.actor_type, "");
  EXPECT_EQ(g.page, 1);
}

TEST(LessonForms, ANewProjectNeedsACarrierAndACommune) {
  auto r = parse_start_project(form({{"carrier", "4"}}));
  ASSERT_FALSE(r);
  EXPECT_EQ(fields_of(r.error()), (std::vector<std::string>{"commune:projects.errors.territory"}));
  EXPECT_EQ(parse_start_project(form({{"carrier", "4"}, {"commune", "9"}}))->territory_id, 9);
}

}  // namespace
}  // namespace comdev::lessons
