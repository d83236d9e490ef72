#include "search/highlight.h"

#include <gtest/gtest.h>

namespace comdev::search {
namespace {

std::string render(const std::vector<Segment>& segments) {
  std::string out;
  for (const auto& s : segments) out += s.mark ? "[" + s.text + "]" : s.text;
  return out;
}

TEST(Highlight, MarksMatchedWordsAsWritten) {
  auto q = parse_query("eau potable");
  EXPECT_EQ(render(highlight("L'Eau Potable à Tafraout", q, Lang::fr)),
            "L'[Eau] [Potable] à Tafraout");
  EXPECT_EQ(render(highlight("eaux potables", q, Lang::fr)), "[eaux] [potables]");
}

TEST(Highlight, AccentsAndArabicForms) {
  EXPECT_EQ(render(highlight("Étude préalable", parse_query("etude"), Lang::fr)),
            "[Étude] préalable");
  EXPECT_EQ(render(highlight("بناء المَدْرَسَة", parse_query("مدرسة"), Lang::ar)), "بناء [المَدْرَسَة]");
  EXPECT_EQ(render(highlight("مـاء", parse_query("ماء"), Lang::ar)), "[مـاء]");
}

TEST(Highlight, NoMatchIsTheTextUnmarked) {
  auto segments = highlight("Piste rurale", parse_query("eau"), Lang::fr);
  ASSERT_EQ(segments.size(), 1u);
  EXPECT_FALSE(segments[0].mark);
  EXPECT_TRUE(highlight("", parse_query("eau"), Lang::fr).empty());
}

TEST(Highlight, KeepsMarkupAsText) {
  // Segments are text: the template escapes them, so markup in a title stays harmless.
  auto segments = highlight("<b>eau</b>", parse_query("eau"), Lang::fr);
  EXPECT_EQ(render(segments), "<b>[eau]</b>");
}

TEST(Snippet, ShortTextIsWhole) {
  auto s = snippet("Un puits pour le douar.", parse_query("puits"), Lang::fr, 200);
  EXPECT_EQ(render(s.segments), "Un [puits] pour le douar.");
  EXPECT_FALSE(s.cut_before);
  EXPECT_FALSE(s.cut_after);
}

TEST(Snippet, LongTextIsCutAroundTheMatches) {
  std::string filler;
  for (int i = 0; i < 40; ++i) filler += "texte sans rapport ";
  std::string text = filler + "le puits du douar et son puits voisin " + filler;
  auto s = snippet(text, parse_query("puits"), Lang::fr, 120);
  std::string shown = render(s.segments);
  EXPECT_TRUE(s.cut_before);
  EXPECT_TRUE(s.cut_after);
  EXPECT_NE(shown.find("[puits] du douar et son [puits]"), std::string::npos) << shown;
  EXPECT_LE(shown.size(), 120u + 4u);
  // Cut at word boundaries.
  EXPECT_NE(shown.front(), ' ');
  EXPECT_TRUE(shown.starts_with("texte") || shown.starts_with("sans") ||
              shown.starts_with("rapport"))
      << shown;
}

TEST(Snippet, NothingMatchedShowsTheBeginning) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "mot ";
  auto s = snippet(text, parse_query("puits"), Lang::fr, 20);
  EXPECT_FALSE(s.cut_before);
  EXPECT_TRUE(s.cut_after);
  EXPECT_EQ(render(s.segments), "mot mot mot mot mot");
}

TEST(Snippet, ArabicTextIsCutOnCharacterBoundaries) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "نص آخر ";
  text += "بناء مَدْرَسَة ";
  for (int i = 0; i < 30; ++i) text += "نص آخر ";
  auto s = snippet(text, parse_query("مدرسة"), Lang::ar, 60);
  std::string shown = render(s.segments);
  EXPECT_NE(shown.find("[مَدْرَسَة]"), std::string::npos) << shown;
  for (const auto& seg : s.segments) {
    std::size_t pos = 0;
    while (pos < seg.text.size()) EXPECT_NE(next_code_point(seg.text, pos), U'\uFFFD');
  }
}

TEST(Snippet, OneHugeWord) {
  std::string word(500, 'x');
  auto s = snippet(word + " puits", parse_query("puits"), Lang::fr, 100);
  EXPECT_FALSE(s.segments.empty());
}

}  // namespace
}  // namespace comdev::search
