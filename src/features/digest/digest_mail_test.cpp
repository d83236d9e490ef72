#include "features/digest/digest_mail.h"

#include <gtest/gtest.h>

namespace comdev::digest {
namespace {

bool has(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

Candidate reader(std::string lang, Frequency f = Frequency::weekly) {
  return Candidate{
      42, f, "2026-11-16T00:00:00Z", "expert@example.org", "Expert Demo", std::move(lang)};
}

std::vector<Item> two_items() {
  return {Item{NewNeed{7, "Étude d'assainissement", "2026-11-20T10:00:00Z", "Eau du douar",
                       "Taliouine", "تالوين"},
               0.9, "couvre 2 compétences sur 2"},
          Item{NewNeed{9, "Plan d'affaires", "2026-11-21T10:00:00Z", "Coopérative", "Askaouen", ""},
               0.5, ""}};
}

TEST(DigestMail, ListsEachNeedWithItsProjectPlaceWhyAndLink) {
  auto m = compose(reader("fr"), two_items(), "https://comdev.example/", "tok_123");
  EXPECT_EQ(m.to, "expert@example.org");
  EXPECT_TRUE(has(m.subject, "2")) << m.subject;
  EXPECT_TRUE(has(m.text, "Expert Demo"));
  EXPECT_TRUE(has(m.text, "Étude d'assainissement"));
  EXPECT_TRUE(has(m.text, "Eau du douar (Taliouine)"));
  EXPECT_TRUE(has(m.text, "couvre 2 compétences sur 2"));
  EXPECT_TRUE(has(m.text, "https://comdev.example/needs/7\n"));
  EXPECT_TRUE(has(m.text, "https://comdev.example/needs/9\n"));
  EXPECT_TRUE(has(m.text, "https://comdev.example/account/notifications"));
  EXPECT_TRUE(has(m.text, "https://comdev.example/digest/unsubscribe?token=tok_123"));
  // Best first, as given.
  EXPECT_LT(m.text.find("/needs/7"), m.text.find("/needs/9"));
}

TEST(DigestMail, CarriesTheOneClickUnsubscribeHeaders) {
  auto m = compose(reader("fr"), two_items(), "https://comdev.example", "tok_123");
  ASSERT_EQ(m.headers.size(), 2u);
  EXPECT_EQ(m.headers[0].first, "List-Unsubscribe");
  EXPECT_EQ(m.headers[0].second, "<https://comdev.example/digest/unsubscribe?token=tok_123>");
  EXPECT_EQ(m.headers[1].first, "List-Unsubscribe-Post");
  EXPECT_EQ(m.headers[1].second, "List-Unsubscribe=One-Click");
}

TEST(DigestMail, SpeaksTheMembersLanguageWithArabicPlaceNames) {
  auto fr = compose(reader("fr"), two_items(), "https://x.example", "t");
  auto ar = compose(reader("ar"), two_items(), "https://x.example", "t");
  auto en = compose(reader("en"), two_items(), "https://x.example", "t");
  EXPECT_NE(fr.subject, ar.subject);
  EXPECT_NE(fr.subject, en.subject);
  EXPECT_TRUE(has(ar.text, "تالوين"));
  // No Arabic name known: the French one.
  EXPECT_TRUE(has(ar.text, "Askaouen"));
  // An unknown language falls back to French.
  EXPECT_EQ(compose(reader("xx"), two_items(), "https://x.example", "t").subject, fr.subject);
}

TEST(DigestMail, DailyAndWeeklyIntroduceTheListDifferently) {
  auto weekly = compose(reader("en", Frequency::weekly), two_items(), "https://x.example", "t");
  auto daily = compose(reader("en", Frequency::daily), two_items(), "https://x.example", "t");
  EXPECT_NE(weekly.text, daily.text);
}

TEST(DigestMail, CarriesOtherFeaturesLinesWithOrWithoutNewNeeds) {
  std::vector<Extra> extras = {{"Dans les discussions de vos équipes :",
                                {{"Nadia vous a mentionné·e dans « Budget »", "/threads/3"}}}};
  auto only = compose(reader("fr"), {}, extras, "https://comdev.example", "tok");
  EXPECT_EQ(only.subject, "Du nouveau dans vos projets");
  EXPECT_TRUE(has(only.text, "Dans les discussions de vos équipes :"));
  EXPECT_TRUE(has(only.text, "* Nadia vous a mentionné·e dans « Budget »\n"));
  EXPECT_TRUE(has(only.text, "https://comdev.example/threads/3\n"));
  EXPECT_FALSE(has(only.text, "/needs/"));
  auto both = compose(reader("ar"), two_items(), extras, "https://comdev.example", "tok");
  EXPECT_TRUE(has(both.text, "/needs/7"));
  EXPECT_TRUE(has(both.text, "/threads/3"));
  EXPECT_LT(both.text.find("/needs/9"), both.text.find("/threads/3"));
  // A source with no lines adds nothing, not even its heading.
  auto empty = compose(reader("fr"), two_items(), {{"Titre vide", {}}}, "https://x", "tok");
  EXPECT_FALSE(has(empty.text, "Titre vide"));
}

}  // namespace
}  // namespace comdev::digest
