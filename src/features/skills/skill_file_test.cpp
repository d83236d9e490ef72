#include "features/skills/skill_file.h"

#include <gtest/gtest.h>

namespace comdev::skills {
namespace {

const char* kTwo = R"([
 {
  "slug": "water",
  "parent": null,
  "fr": "Eau",
  "ar": "الماء",
  "en": "Water",
  "synonyms": {
   "fr": [],
   "ar": [],
   "en": []
  }
 },
 {
  "slug": "hydraulics",
  "parent": "water",
  "fr": "Hydraulique \"AEP\"",
  "ar": "الهيدروليك",
  "en": "Hydraulics",
  "synonyms": {
   "fr": [
    "réseau d'eau",
    "AEP"
   ],
   "ar": [
    "شبكة الماء"
   ],
   "en": []
  }
 }
])";

TEST(SkillFile, ReadsEntriesWithTheirSynonymsInOrder) {
  auto e = parse_taxonomy(kTwo);
  ASSERT_TRUE(e.ok()) << e.error().detail;
  ASSERT_EQ(e->size(), 2u);
  EXPECT_EQ((*e)[0].parent, "");
  EXPECT_EQ((*e)[1].parent, "water");
  EXPECT_EQ((*e)[1].labels.ar, "الهيدروليك");
  EXPECT_EQ((*e)[1].synonyms.fr, (std::vector<std::string>{"réseau d'eau", "AEP"}));
}

TEST(SkillFile, WritesBackTheSameBytes) {
  auto e = parse_taxonomy(kTwo);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(write_taxonomy(*e), kTwo);
}

TEST(SkillFile, EveryMalformedFileSaysWhatIsWrong) {
  auto detail = [](std::string_view text) {
    auto r = parse_taxonomy(text);
    return r.ok() ? std::string("accepted") : r.error().detail;
  };
  EXPECT_EQ(detail("[{"), "not valid JSON");
  EXPECT_EQ(detail("{}"), "not a JSON array of skills");
  EXPECT_EQ(detail("[1]"), "entry 1: not an object");
  EXPECT_EQ(detail(R"([{"slug":"water","fr":"Eau","ar":"ماء"}])"),
            "entry 1: \"en\" is missing or not a string");
  EXPECT_EQ(detail(R"([{"slug":"water","parent":3,"fr":"Eau","ar":"ماء","en":"Water"}])"),
            "entry 1: \"parent\" is neither null nor a string");
  EXPECT_EQ(detail(R"([{"slug":"a","fr":"A","ar":"أ","en":"A","synonyms":{"fr":"x"}}])"),
            "entry 1: synonyms.fr is not a list");
  EXPECT_EQ(detail(R"([{"slug":"a","parent":"b","fr":"A","ar":"أ","en":"A"}])"),
            "entry 1 (slug \"a\"): the parent \"b\" is unknown (a parent comes before)");
  EXPECT_EQ(
      detail(
          R"([{"slug":"a","fr":"A","ar":"أ","en":"A"},{"slug":"a","fr":"A","ar":"أ","en":"A"}])"),
      "entry 2 (slug \"a\"): the slug is given twice");
  EXPECT_EQ(detail(R"([{"slug":"a","fr":"","ar":"أ","en":"A"}])"),
            "entry 1 (slug \"a\"): the French label is missing");
}

TEST(SkillFile, AMissingFileIsNamed) {
  auto r = read_taxonomy("/nonexistent/skills.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().detail.find("/nonexistent/skills.json"), std::string::npos);
}

}  // namespace
}  // namespace comdev::skills
