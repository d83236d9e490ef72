#include "features/mobilisation/mobilisation_forms.h"

#include <gtest/gtest.h>

namespace comdev::mobilisation {
namespace {

std::string field_message(const Error& e) {
  return e.fields.empty() ? e.message_id : e.fields.front().message_id;
}

TEST(MobilisationForms, AnInvitationNamesAnExpertByIdAndMayCarryAMessage) {
  auto in = parse_invitation(" 42 ", "  Bonjour, votre profil correspond.  ");
  ASSERT_TRUE(in.ok());
  EXPECT_EQ(in->expert_id, 42);
  EXPECT_EQ(in->message, "Bonjour, votre profil correspond.");
  auto bare = parse_invitation("7", "");
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare->message, "");
}

TEST(MobilisationForms, AnExpertIdThatIsNotAnIdIsRefusedOnItsField) {
  for (const char* bad : {"", "0", "-3", "abc", "12a", "9999999999999999999"}) {
    auto in = parse_invitation(bad, "");
    ASSERT_FALSE(in.ok()) << bad;
    ASSERT_EQ(in.error().fields.size(), 1u);
    EXPECT_EQ(in.error().fields[0].field, "expert_id");
    EXPECT_EQ(in.error().fields[0].message_id, "mobilisation.errors.expert");
  }
}

TEST(MobilisationForms, AnOfferNeedsAMessageOfAtMost2000Characters) {
  EXPECT_EQ(field_message(parse_offer_message("   ").error()),
            "mobilisation.errors.message_required");
  std::string arabic;
  for (int i = 0; i < 2000; ++i) arabic += "ب";  // 2 bytes each: the limit counts characters
  EXPECT_TRUE(parse_offer_message(arabic).ok());
  EXPECT_EQ(field_message(parse_offer_message(arabic + "ب").error()),
            "mobilisation.errors.too_long");
}

TEST(MobilisationForms, AcceptingNeedsARoleDecliningMayCarryANote) {
  EXPECT_EQ(field_message(parse_role("").error()), "mobilisation.errors.role_required");
  EXPECT_EQ(*parse_role(" Étude d'assainissement "), "Étude d'assainissement");
  EXPECT_EQ(field_message(parse_role(std::string(101, 'r')).error()),
            "mobilisation.errors.too_long");
  EXPECT_EQ(*parse_note(""), "");
  EXPECT_FALSE(parse_note(std::string(1001, 'n')).ok());
}

TEST(MobilisationForms, UnreadableBytesAreRefusedAsSuch) {
  EXPECT_EQ(parse_offer_message("caf\xC3").error().message_id, "errors.form.invalid_utf8");
  EXPECT_EQ(parse_invitation("3", "\xFF").error().message_id, "errors.form.invalid_utf8");
}

}  // namespace
}  // namespace comdev::mobilisation
