#include "search/normalize.h"

#include <gtest/gtest.h>

namespace comdev::search {
namespace {

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.push_back(t.text);
  return out;
}

TEST(Normalize, FrenchCaseAndAccents) {
  EXPECT_EQ(normalize("Éducation À L'ÉCOLE"), "education a l'ecole");
  EXPECT_EQ(normalize("çàéèêëîïôöùûüÿ"), "caeeeeiioouuuy");
  EXPECT_EQ(normalize("ÇÀÉÈÊËÎÏÔÖÙÛÜŸ"), "caeeeeiioouuuy");
  EXPECT_EQ(normalize("Œuvre cœur Æ"), "oeuvre coeur ae");
  EXPECT_EQ(normalize("Straße"), "strasse");
}

TEST(Normalize, DecomposedAccentsAreDropped) {
  // "é" written as e + U+0301 (combining acute), as some keyboards send it.
  EXPECT_EQ(normalize("e\xCC\x81tude"), "etude");
  EXPECT_EQ(words("e\xCC\x81tude"), (std::vector<std::string>{"etude"}));
}

TEST(Normalize, LatinExtendedA) {
  EXPECT_EQ(normalize("ĀăĄćČďĐēĚğĦıĲłńŇőŒřŠšťŧūŮžſ"), "aaaccddeeghiijlnnooerssttuuzs");
}

TEST(Normalize, ArabicDiacriticsAndTatweel) {
  // مَدْرَسَة with harakat and sukun → مدرسه (ta marbuta → ha).
  EXPECT_EQ(normalize("مَدْرَسَةٌ"), normalize("مدرسة"));
  EXPECT_EQ(normalize("مدرسة"), "مدرسه");
  // Shadda, superscript alef, tatweel.
  EXPECT_EQ(normalize("تّعاونيّة"), normalize("تعاونية"));
  EXPECT_EQ(normalize("الرّحمٰن"), "الرحمن");
  EXPECT_EQ(normalize("مـــاء"), "ماء");
  EXPECT_EQ(normalize("ســقــي"), "سقي");
}

TEST(Normalize, ArabicAlefAndHamzaForms) {
  EXPECT_EQ(normalize("أ"), "ا");
  EXPECT_EQ(normalize("إ"), "ا");
  EXPECT_EQ(normalize("آ"), "ا");
  EXPECT_EQ(normalize("ٱ"), "ا");
  EXPECT_EQ(normalize("أمازيغ"), normalize("امازيغ"));
  EXPECT_EQ(normalize("إصلاح"), normalize("اصلاح"));
  EXPECT_EQ(normalize("آبار"), normalize("ابار"));
  EXPECT_EQ(normalize("مؤسسة"), normalize("موسسه"));
  EXPECT_EQ(normalize("بئر"), "بير");
  EXPECT_EQ(normalize("ء"), "ء");  // a lone hamza stays
}

TEST(Normalize, YaAlefMaqsuraAndTaMarbuta) {
  EXPECT_EQ(normalize("مستشفى"), normalize("مستشفي"));
  EXPECT_EQ(normalize("على"), "علي");
  EXPECT_EQ(normalize("تنمية"), normalize("تنميه"));
  EXPECT_EQ(normalize("جماعة"), "جماعه");
  EXPECT_EQ(normalize("ی"), "ي");  // Persian ya
  EXPECT_EQ(normalize("ک"), "ك");  // keheh
}

TEST(Normalize, ArabicDigits) {
  EXPECT_EQ(normalize("٢٠١٧"), "2017");
  EXPECT_EQ(normalize("۲۰۱۷"), "2017");
  EXPECT_EQ(words("مشروع ٢٠١٤"), (std::vector<std::string>{"مشروع", "2014"}));
}

TEST(Tokenize, SplitsOnPunctuationAndSpaces) {
  EXPECT_EQ(words("L'eau potable, pour tous !"),
            (std::vector<std::string>{"l", "eau", "potable", "pour", "tous"}));
  EXPECT_EQ(words("d’irrigation"), (std::vector<std::string>{"d", "irrigation"}));
  EXPECT_EQ(words("Aït-Baha (Chtouka)"), (std::vector<std::string>{"ait", "baha", "chtouka"}));
  EXPECT_EQ(words("  "), std::vector<std::string>{});
  EXPECT_EQ(words(""), std::vector<std::string>{});
  EXPECT_EQ(words("a\xC2\xA0"
                  "b"),
            (std::vector<std::string>{"a", "b"}));  // no-break space
}

TEST(Tokenize, ArabicPunctuationSeparates) {
  EXPECT_EQ(words("الماء، الصرف؛ الصحي؟"), (std::vector<std::string>{"الماء", "الصرف", "الصحي"}));
}

TEST(Tokenize, OffsetsPointIntoTheOriginal) {
  std::string text = "Puits à Tafraout: مَدْرَسَة";
  auto tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), "Puits");
  EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "à");
  EXPECT_EQ(tokens[1].text, "a");
  EXPECT_EQ(text.substr(tokens[3].begin, tokens[3].end - tokens[3].begin), "مَدْرَسَة");
  EXPECT_EQ(tokens[3].text, "مدرسه");
  EXPECT_EQ(tokens[0].script, Script::latin);
  EXPECT_EQ(tokens[3].script, Script::arabic);
}

TEST(Tokenize, MixedAndOtherScripts) {
  auto tokens = tokenize("2017 ⵜⴰⴼⵔⴰⵓⵜ Ωmega");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].script, Script::other);
  EXPECT_EQ(tokens[1].text, "ⵜⴰⴼⵔⴰⵓⵜ");  // Tifinagh kept as written
}

TEST(Tokenize, InvalidUtf8SeparatesWords) {
  EXPECT_EQ(words("eau\xFFpuits"), (std::vector<std::string>{"eau", "puits"}));
  EXPECT_EQ(words("eau\xC3"), (std::vector<std::string>{"eau"}));      // truncated sequence
  EXPECT_EQ(words("\xE0\x80\x80x"), (std::vector<std::string>{"x"}));  // overlong
  EXPECT_EQ(words("\xED\xA0\x80y"), (std::vector<std::string>{"y"}));  // surrogate
}

TEST(Utf8, RoundTrip) {
  for (char32_t cp : {U'a', U'é', U'م', U'ⵜ', U'\U0001F600'}) {
    std::string s;
    append_utf8(s, cp);
    std::size_t pos = 0;
    EXPECT_EQ(next_code_point(s, pos), cp);
    EXPECT_EQ(pos, s.size());
  }
}

}  // namespace
}  // namespace comdev::search
