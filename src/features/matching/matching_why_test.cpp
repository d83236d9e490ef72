// The why-sentence in the three languages, from catalogue keys, dates and territory names.
#include "features/matching/matching_why.h"

#include <gtest/gtest.h>

#include "features/matching/matching_rules.h"

namespace comdev::matching {
namespace {

using match::Reason;
using match::ReasonCode;

const PlaceNames kNames = {{2, {"province", "Taroudant", "تارودانت"}},
                           {3, {"commune", "Taliouine", "تالوين"}}};

std::vector<Reason> example() {
  return {{ReasonCode::covers_skills, 3, 4, 0},
          {ReasonCode::speaks_language, 0, 0, 0},
          {ReasonCode::on_site_window, day_of("2027-08-01"), day_of("2027-08-20"), 3},
          {ReasonCode::attached_province, 0, 0, 2}};
}

TEST(MatchingWhy, OneSentenceInFrench) {
  EXPECT_EQ(why_sentence(i18n::Lang::fr, example(), kNames),
            "couvre 3 des 4 compétences demandées ; langue partagée : Arabe ; à Taliouine du "
            "1 août 2027 au 20 août 2027 ; des attaches dans la province de Taroudant");
}

TEST(MatchingWhy, OneSentenceInEnglish) {
  EXPECT_EQ(why_sentence(i18n::Lang::en, example(), kNames),
            "covers 3 of 4 skills; speaks Arabic; in Taliouine from 1 August 2027 to 20 August "
            "2027; from the province of Taroudant");
}

TEST(MatchingWhy, OneSentenceInArabicWithArabicPlaceNames) {
  auto s = why_sentence(i18n::Lang::ar, example(), kNames);
  EXPECT_NE(s.find("يغطي 3 من 4 مهارات مطلوبة"), std::string::npos) << s;
  EXPECT_NE(s.find("يتحدث العربية"), std::string::npos) << s;
  EXPECT_NE(s.find("في تالوين من"), std::string::npos) << s;
  EXPECT_NE(s.find("له ارتباط بإقليم تارودانت"), std::string::npos) << s;
  EXPECT_NE(s.find("؛ "), std::string::npos) << s;
  EXPECT_EQ(s.find("Taliouine"), std::string::npos) << s;
}

TEST(MatchingWhy, PartialSkillsRemoteHoursAndResponsiveness) {
  std::vector<Reason> r = {{ReasonCode::covers_skills, 1, 2, 0},
                           {ReasonCode::related_skills, 1, 2, 0},
                           {ReasonCode::works_remotely, 10, 0, 0},
                           {ReasonCode::responsive, 4, 5, 0}};
  EXPECT_EQ(why_sentence(i18n::Lang::en, r, kNames),
            "covers 1 of 2 skills; partly covers one more; 10 hours a month remotely; answered 4 "
            "of 5 invitations");
  std::vector<Reason> only_related = {{ReasonCode::related_skills, 1, 1, 0}};
  EXPECT_EQ(why_sentence(i18n::Lang::fr, only_related, kNames),
            "a une compétence proche de celle demandée");
  std::vector<Reason> all = {{ReasonCode::covers_skills, 3, 3, 0}};
  EXPECT_EQ(why_sentence(i18n::Lang::fr, all, kNames), "couvre les 3 compétences demandées");
  EXPECT_EQ(why_sentence(i18n::Lang::en, all, kNames), "covers all 3 skills");
  EXPECT_EQ(why_sentence(i18n::Lang::ar, all, kNames), "يغطي المهارات الـ3 المطلوبة");
}

TEST(MatchingWhy, APlaceTheTreeLacksIsLeftOutNotShownHalf) {
  std::vector<Reason> r = {
      {ReasonCode::attached_commune, 0, 0, 99},
      {ReasonCode::on_site_window, day_of("2027-08-01"), day_of("2027-08-02"), 0}};
  EXPECT_EQ(why_sentence(i18n::Lang::en, r, kNames), "on site from 1 August 2027 to 2 August 2027");
}

}  // namespace
}  // namespace comdev::matching
