#include "i18n/lang.h"

#include <gtest/gtest.h>

namespace comdev::i18n {
namespace {

struct NegotiationCase {
  std::string_view explicit_choice;
  std::string_view accept_language;
  Lang expected;
};

TEST(Negotiate, FollowsExplicitChoiceThenQValuesThenFrench) {
  const NegotiationCase cases[] = {
      {"", "", Lang::fr},
      {"", "ar-MA,ar;q=0.9,fr;q=0.8", Lang::ar},
      {"", "fr-FR,fr;q=0.9,en;q=0.8", Lang::fr},
      {"", "en-US,en;q=0.9", Lang::en},
      {"", "de-DE,de;q=0.9", Lang::fr},
      {"", "de-DE,en;q=0.5,ar;q=0.7", Lang::ar},
      {"", "ar;q=0,en", Lang::en},
      {"", "ar;q=0", Lang::fr},
      {"", "fr;q=0.5, en;q=0.5", Lang::fr},
      {"", "en;q=0.5, fr;q=0.5", Lang::en},
      {"", "en;q=0.3,  AR-ma ; q=0.6", Lang::ar},
      {"", "*", Lang::fr},
      {"", "en;q=garbage,ar;q=0.1", Lang::ar},
      {"", "en;q=2", Lang::fr},
      {"ar", "en-US,en", Lang::ar},
      {"en", "", Lang::en},
      {"klingon", "en", Lang::en},
      {"", "fr-", Lang::fr},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(negotiate(c.explicit_choice, c.accept_language), c.expected)
        << "cookie='" << c.explicit_choice << "' accept='" << c.accept_language << "'";
  }
}

TEST(ParseLang, AcceptsRegionTagsCaseInsensitively) {
  EXPECT_EQ(parse_lang("ar-MA"), Lang::ar);
  EXPECT_EQ(parse_lang("FR_fr"), Lang::fr);
  EXPECT_EQ(parse_lang("en"), Lang::en);
  EXPECT_EQ(parse_lang(""), std::nullopt);
  EXPECT_EQ(parse_lang("es"), std::nullopt);
  EXPECT_EQ(parse_lang("arx"), std::nullopt);
}

TEST(LangCodes, ArabicIsRightToLeft) {
  EXPECT_EQ(code(Lang::ar), "ar");
  EXPECT_EQ(dir(Lang::ar), "rtl");
  EXPECT_EQ(dir(Lang::fr), "ltr");
  EXPECT_EQ(dir(Lang::en), "ltr");
}

}  // namespace
}  // namespace comdev::i18n
