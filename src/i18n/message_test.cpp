#include "i18n/message.h"

#include <gtest/gtest.h>

namespace comdev::i18n {
namespace {

TEST(Substitute, ReplacesKnownPlaceholdersAndKeepsUnknownOnes) {
  Param params[] = {{"min", "2"}, {"max", "100"}};
  EXPECT_EQ(substitute("entre {min} et {max} ({other})", params), "entre 2 et 100 ({other})");
  EXPECT_EQ(substitute("no placeholder {", params), "no placeholder {");
}

struct PluralCase {
  Lang lang;
  std::int64_t count;
  PluralForm form;
};

TEST(PluralForm, FollowsCldrRulesPerLanguage) {
  const PluralCase cases[] = {
      {Lang::ar, 0, PluralForm::zero},  {Lang::ar, 1, PluralForm::one},
      {Lang::ar, 2, PluralForm::two},   {Lang::ar, 3, PluralForm::few},
      {Lang::ar, 10, PluralForm::few},  {Lang::ar, 11, PluralForm::many},
      {Lang::ar, 99, PluralForm::many}, {Lang::ar, 100, PluralForm::other},
      {Lang::fr, 0, PluralForm::one},   {Lang::fr, 1, PluralForm::one},
      {Lang::fr, 2, PluralForm::other}, {Lang::en, 0, PluralForm::other},
      {Lang::en, 1, PluralForm::one},   {Lang::en, 2, PluralForm::other},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(plural_form(c.lang, c.count), c.form) << code(c.lang) << " " << c.count;
  }
}

TEST(Plural, ChoosesArabicFormsAndFormatsTheCount) {
  EXPECT_EQ(plural(Lang::ar, "home.counts.members", 0), "لا يوجد أي عضو");
  EXPECT_EQ(plural(Lang::ar, "home.counts.members", 1), "عضو واحد");
  EXPECT_EQ(plural(Lang::ar, "home.counts.members", 2), "عضوان");
  EXPECT_EQ(plural(Lang::ar, "home.counts.members", 3), "3 أعضاء");
  EXPECT_EQ(plural(Lang::ar, "home.counts.members", 11), "11 عضوًا");
  EXPECT_EQ(plural(Lang::ar, "home.counts.members", 100), "100 عضو");
}

TEST(Plural, ChoosesFrenchAndEnglishForms) {
  EXPECT_EQ(plural(Lang::fr, "home.counts.dev_communities", 0), "0 communauté de développement");
  EXPECT_EQ(plural(Lang::fr, "home.counts.dev_communities", 1), "1 communauté de développement");
  EXPECT_EQ(plural(Lang::fr, "home.counts.dev_communities", 2), "2 communautés de développement");
  EXPECT_EQ(plural(Lang::fr, "home.counts.members", 12345), "12\u202f345 membres");
  EXPECT_EQ(plural(Lang::en, "home.counts.members", 0), "0 members");
  EXPECT_EQ(plural(Lang::en, "home.counts.members", 1), "1 member");
  EXPECT_EQ(plural(Lang::en, "home.counts.members", 1200), "1,200 members");
}

TEST(Format, FillsParamsFromErrorStylePairs) {
  std::vector<std::pair<std::string, std::string>> params = {{"count", "7"}};
  EXPECT_EQ(format(Lang::en, "home.counts.members", params), "7 members");
  EXPECT_EQ(format(Lang::fr, "home.counts.members", {{"count", "7"}}), "7 membres");
  EXPECT_EQ(format(Lang::fr, "home.counts.members"), "{count} membres");
}

}  // namespace
}  // namespace comdev::i18n
