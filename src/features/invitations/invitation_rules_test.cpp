#include "features/invitations/invitation_rules.h"

#include <gtest/gtest.h>

namespace comdev::invitations {
namespace {

core::Seconds at(const char* iso) {
  return *core::parse_iso(iso);
}

TEST(InvitationRules, AnInvitationLivesSixtyDays) {
  auto created = at("2026-11-22T10:00:00Z");
  auto expires = expiry_of(created);
  EXPECT_EQ(core::iso(expires), "2027-01-21T10:00:00Z");
  // An injected clock: one second before the 60 days it is pending, at the 60 days it is gone.
  EXPECT_FALSE(is_expired(core::iso(expires), expires - std::chrono::seconds(1)));
  EXPECT_TRUE(is_expired(core::iso(expires), expires));
  EXPECT_TRUE(is_expired(core::iso(expires), at("2027-03-01T00:00:00Z")));
  EXPECT_TRUE(is_expired("not a time", created));
}

TEST(InvitationRules, EmailsAreNormalisedAndChecked) {
  EXPECT_EQ(normalise_email("  Amina.Ait@Example.ORG \r"), "amina.ait@example.org");
  EXPECT_TRUE(plausible_email("a@b.ma"));
  EXPECT_FALSE(plausible_email("pas-une-adresse"));
  EXPECT_FALSE(plausible_email("a@b"));
  EXPECT_FALSE(plausible_email("a b@c.ma"));
  EXPECT_FALSE(plausible_email("a@b@c.ma"));
}

TEST(InvitationRules, AContactNeedsANameAndAnEmail) {
  auto ok = validate_contact(" Hassan ", "HASSAN@example.org", "Tagmout", "plomberie");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->name, "Hassan");
  EXPECT_EQ(ok->email, "hassan@example.org");
  auto bad = validate_contact("", "nope", std::string(201, 'x'), "");
  ASSERT_FALSE(bad);
  std::vector<std::string> fields;
  for (const auto& f : bad.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"name", "email", "origin"}));
  EXPECT_EQ(validate_contact("A\xC3", "a@b.ma", "", "").error().message_id,
            "errors.form.invalid_utf8");
}

TEST(InvitationRules, SkillsTypedAsTextAreMatchedToTheSkillList) {
  std::vector<KnownSkill> known = {
      {"civil_engineering", {"G\xc3\xa9nie civil", "Civil engineering"}},
      {"translation", {"Traduction", "Translation"}}};
  EXPECT_EQ(skill_slugs("g\xc3\xa9nie civil, Plomberie; TRADUCTION / translation", known),
            (std::vector<std::string>{"civil_engineering", "translation"}));
  EXPECT_EQ(skill_slugs("civil_engineering", known),
            (std::vector<std::string>{"civil_engineering"}));
  EXPECT_TRUE(skill_slugs(" , ", known).empty());
}

TEST(InvitationRules, TheOriginTypedIsMatchedToAPlaceWhenItNamesOne) {
  std::vector<KnownPlace> places = {{11, {"Assaki", "\xd8\xa3\xd8\xb3\xd8\xa7\xd9\x83\xd9\x8a"}},
                                    {12, {"Taliouine", ""}}};
  EXPECT_EQ(match_place(" assaki ", places), 11);
  EXPECT_EQ(match_place("Douar Assaki", places), 11);
  EXPECT_EQ(match_place("\xd8\xa3\xd8\xb3\xd8\xa7\xd9\x83\xd9\x8a", places), 11);
  EXPECT_EQ(match_place("TALIOUINE", places), 12);
  EXPECT_FALSE(match_place("Assaki, près de Taliouine", places));
  EXPECT_FALSE(match_place("", places));
}

TEST(InvitationRules, HeaderColumnsAreMappedOrNamed) {
  auto c = map_columns({"Email", " name ", "skills", "origin"});
  ASSERT_TRUE(c);
  EXPECT_EQ(c->email, 0u);
  EXPECT_EQ(c->name, 1u);
  EXPECT_EQ(*c->skills, 2u);
  EXPECT_EQ(*c->origin, 3u);
  auto fr = map_columns({"nom", "courriel"});
  ASSERT_TRUE(fr);
  EXPECT_FALSE(fr->origin);
  auto bad = map_columns({"prenom", "email", "telephone"});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message_id, "invitations.import.errors.columns");
  ASSERT_EQ(bad.error().params.size(), 2u);
  EXPECT_EQ(bad.error().params[0].second, "name");
  EXPECT_EQ(bad.error().params[1].second, "prenom, telephone");
}

TEST(InvitationRules, EachRowGetsItsStatus) {
  auto records = core::csv::parse(
      "name,email\n"
      "Amina,amina@example.org\n"
      "Sans adresse,pas-une-adresse\n"
      "Amina encore,AMINA@example.org\n"
      "Deja,deja@example.org\n"
      "Membre,membre@example.org\n"
      ",vide@example.org\n"
      "Youssef,youssef@example.org\n");
  ASSERT_TRUE(records);
  std::vector<core::csv::Record> data(records->begin() + 1, records->end());
  auto cols = map_columns(records->front().fields);
  auto plan = plan_import(data, *cols, {"deja@example.org"}, {"membre@example.org"});
  std::vector<RowStatus> got;
  for (const auto& r : plan.rows) got.push_back(r.status);
  EXPECT_EQ(got, (std::vector<RowStatus>{RowStatus::invited, RowStatus::invalid_email,
                                         RowStatus::duplicate_in_file, RowStatus::already_invited,
                                         RowStatus::already_member, RowStatus::invalid_details,
                                         RowStatus::invited}));
  EXPECT_EQ(plan.rows[1].line, 3u);
  ASSERT_EQ(plan.to_invite.size(), 2u);
  EXPECT_EQ(plan.to_invite[1].email, "youssef@example.org");
}

}  // namespace
}  // namespace comdev::invitations
