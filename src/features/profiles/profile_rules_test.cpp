#include "features/profiles/profile_rules.h"

#include <gtest/gtest.h>

namespace comdev::profiles {
namespace {

TEST(ProfileRules, DefaultsKeepContactDetailsForAnimators) {
  auto v = with_defaults({});
  EXPECT_EQ(v.size(), kFieldCount);
  EXPECT_EQ(v[Field::display_name], Level::public_);
  EXPECT_EQ(v[Field::email], Level::animators);
  EXPECT_EQ(v[Field::city], Level::animators);
  for (Field f :
       {Field::bio, Field::languages, Field::skills, Field::sectors, Field::availability}) {
    EXPECT_EQ(v[f], Level::members) << to_string(f);
  }
}

TEST(ProfileRules, EachRelationReachesItsLevels) {
  EXPECT_TRUE(reaches(Relation::visitor, Level::public_));
  EXPECT_FALSE(reaches(Relation::visitor, Level::members));
  EXPECT_FALSE(reaches(Relation::visitor, Level::animators));
  EXPECT_TRUE(reaches(Relation::member, Level::members));
  EXPECT_FALSE(reaches(Relation::member, Level::animators));
  EXPECT_TRUE(reaches(Relation::animator, Level::animators));
  EXPECT_TRUE(reaches(Relation::owner, Level::animators));
}

TEST(ProfileRules, VisibleFieldsWithDefaults) {
  auto visitor = visible_fields(Relation::visitor, {});
  EXPECT_EQ(visitor, std::set<Field>{Field::display_name});
  auto member = visible_fields(Relation::member, {});
  EXPECT_TRUE(member.count(Field::bio));
  EXPECT_FALSE(member.count(Field::email));
  EXPECT_FALSE(member.count(Field::city));
  EXPECT_EQ(visible_fields(Relation::animator, {}).size(), kFieldCount);
  EXPECT_EQ(visible_fields(Relation::owner, {}).size(), kFieldCount);
}

TEST(ProfileRules, VisibleFieldsFollowTheOwnersChoice) {
  Visibility v{{Field::bio, Level::public_}, {Field::display_name, Level::members}};
  auto visitor = visible_fields(Relation::visitor, v);
  EXPECT_EQ(visitor, std::set<Field>{Field::bio});
}

TEST(ProfileRules, RedactEmptiesWhatIsNotSeen) {
  Profile p;
  p.member_id = 7;
  p.email = "m@example.org";
  p.has_photo = true;
  p.data.display_name = "Amina";
  p.data.bio = "Ingénieure";
  p.data.city = "Lyon";
  p.data.windows.push_back({1, "Taliouine", std::nullopt, "2027-08-01", "2027-08-20"});
  p.data.skills.push_back({"hydraulics", "expert"});
  p.data.visibility = with_defaults({{Field::photo, Level::public_}});
  auto v = redact(p, Relation::visitor);
  EXPECT_EQ(v.data.display_name, "Amina");
  EXPECT_TRUE(v.has_photo);
  EXPECT_TRUE(v.email.empty());
  EXPECT_TRUE(v.data.bio.empty());
  EXPECT_TRUE(v.data.city.empty());
  EXPECT_TRUE(v.data.windows.empty());
  EXPECT_TRUE(v.data.skills.empty());
  EXPECT_TRUE(v.data.visibility.empty());
  auto m = redact(p, Relation::member);
  EXPECT_EQ(m.data.bio, "Ingénieure");
  EXPECT_EQ(m.data.windows.size(), 1u);
  EXPECT_TRUE(m.data.city.empty());
  auto a = redact(p, Relation::animator);
  EXPECT_EQ(a.email, "m@example.org");
  EXPECT_EQ(a.data.city, "Lyon");
  EXPECT_EQ(redact(p, Relation::owner).data.visibility.size(), kFieldCount);
}

TEST(ProfileRules, TheOwnerSeesTheirInvitationSetting) {
  Profile p;
  p.data.open_to_invitations = false;
  p.data.visibility = with_defaults({});
  EXPECT_FALSE(redact(p, Relation::owner).data.open_to_invitations);
}

TEST(ProfileRules, NamesRoundTrip) {
  for (Field f : kAllFields) EXPECT_EQ(parse_field(to_string(f)), f);
  for (Level l : {Level::public_, Level::members, Level::animators}) {
    EXPECT_EQ(parse_level(to_string(l)), l);
  }
  EXPECT_FALSE(parse_level("everyone"));
  EXPECT_FALSE(parse_field("password_hash"));
}

}  // namespace
}  // namespace comdev::profiles
