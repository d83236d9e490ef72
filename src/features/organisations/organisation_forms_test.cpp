#include "features/organisations/organisation_forms.h"

#include <gtest/gtest.h>

namespace comdev::organisations {
namespace {

TEST(OrganisationForms, AcceptsANewOrganisationAndTrimsIt) {
  auto o = validate_organisation({"commune", "  Commune de Taliouine ", "12", "  PCD  "});
  ASSERT_TRUE(o.ok());
  EXPECT_EQ(o->name, "Commune de Taliouine");
  EXPECT_EQ(o->territory_id, 12);
  EXPECT_EQ(o->description, "PCD");
  EXPECT_TRUE(validate_organisation({"ngo", "M&D", "", ""}).ok());
}

TEST(OrganisationForms, ReportsEveryBadField) {
  auto o = validate_organisation({"club", "x", "abc", std::string(2001, 'a')});
  ASSERT_FALSE(o.ok());
  ASSERT_EQ(o.error().fields.size(), 4u);
  EXPECT_EQ(o.error().fields[0].message_id, "organisations.errors.type");
  EXPECT_EQ(o.error().fields[1].message_id, "organisations.errors.name");
  EXPECT_EQ(o.error().fields[2].message_id, "organisations.errors.description");
  EXPECT_EQ(o.error().fields[3].message_id, "organisations.errors.territory");
}

TEST(OrganisationForms, ADecisionNeedsAVerdictAndANoteOfHow) {
  auto d = validate_decision("verify", " Appel au secrétariat de la commune ");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->verdict, Verdict::verify);
  EXPECT_EQ(d->note, "Appel au secrétariat de la commune");
  EXPECT_EQ(validate_decision("refuse", "Inconnu de la commune")->verdict, Verdict::refuse);
  EXPECT_FALSE(validate_decision("verify", "  ").ok());
  EXPECT_FALSE(validate_decision("maybe", "a real note").ok());
}

TEST(OrganisationForms, RequestMessageLengthAndEncoding) {
  EXPECT_TRUE(validate_request_message("Secrétaire général").ok());
  EXPECT_FALSE(validate_request_message("").ok());
  EXPECT_FALSE(validate_request_message(std::string(501, 'a')).ok());
  EXPECT_FALSE(validate_request_message("bad\xC3").ok());
}

TEST(OrganisationForms, ParsesOnlyPlainPositiveIds) {
  EXPECT_EQ(parse_id("42"), 42);
  EXPECT_EQ(parse_id(""), 0);
  EXPECT_EQ(parse_id("-1"), 0);
  EXPECT_EQ(parse_id("1e3"), 0);
  EXPECT_EQ(parse_id("99999999999999999999"), 0);
}

}  // namespace
}  // namespace comdev::organisations
