#include "features/profiles/profile_forms.h"

#include <gtest/gtest.h>

namespace comdev::profiles {
namespace {

const std::vector<Skill> kSkills = {{1, "hydraulics", "Hydraulique", "", "Hydraulics"},
                                    {2, "translation", "Traduction", "", "Translation"}};
const std::vector<TerritoryLabel> kTerritories = {{5, "Taliouine"}, {6, "Tafraout"}};

http::Form form(std::vector<std::pair<std::string, std::string>> fields) {
  http::Form f;
  f.add("display_name", "Amina");
  for (auto& [k, v] : fields) f.add(k, v);
  return f;
}

std::vector<std::string> messages(const Result<ProfileData>& r) {
  std::vector<std::string> out;
  for (const auto& e : r.error().fields) out.push_back(e.field + ":" + e.message_id);
  return out;
}

TEST(ProfileForm, AcceptsAFullProfile) {
  auto r = parse_profile(form({{"bio", "  Ingénieure hydraulicienne  "},
                               {"languages", "ar"},
                               {"languages", "ber"},
                               {"languages", "ar"},
                               {"sectors", "water"},
                               {"country", "France"},
                               {"city", "Lyon"},
                               {"diaspora_of_heart", "1"},
                               {"remote_hours", "12"},
                               {"skill.hydraulics", "expert"},
                               {"skill.translation", ""},
                               {"window_place", "Taliouine"},
                               {"window_starts", "2027-08-01"},
                               {"window_ends", "2027-08-20"},
                               {"window_place", ""},
                               {"window_starts", ""},
                               {"window_ends", ""},
                               {"attachment_add", "5"},
                               {"vis.bio", "public"},
                               {"vis.email", "members"}}),
                         kSkills, kTerritories);
  ASSERT_TRUE(r.ok()) << messages(r).front();
  EXPECT_EQ(r->bio, "Ingénieure hydraulicienne");
  EXPECT_EQ(r->languages, (std::vector<std::string>{"ar", "ber"}));
  EXPECT_TRUE(r->diaspora_of_heart);
  EXPECT_EQ(r->remote_hours, 12);
  ASSERT_EQ(r->skills.size(), 1u);
  EXPECT_EQ(r->skills[0].level, "expert");
  ASSERT_EQ(r->windows.size(), 1u);
  EXPECT_EQ(r->windows[0].ends_on, "2027-08-20");
  ASSERT_EQ(r->attachments.size(), 1u);
  EXPECT_EQ(r->attachments[0].label, "Taliouine");
  EXPECT_EQ(r->visibility.at(Field::bio), Level::public_);
  EXPECT_EQ(r->visibility.at(Field::email), Level::members);
  EXPECT_EQ(r->visibility.at(Field::city), Level::animators);  // default kept
}

TEST(ProfileForm, BioIsCountedInCharacters) {
  std::string arabic;
  for (int i = 0; i < 500; ++i) arabic += "ب";
  EXPECT_TRUE(parse_profile(form({{"bio", arabic}}), kSkills, kTerritories).ok());
  auto r = parse_profile(form({{"bio", arabic + "ب"}}), kSkills, kTerritories);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(messages(r), std::vector<std::string>{"bio:profiles.errors.bio"});
}

TEST(ProfileForm, RefusesValuesOutsideTheLists) {
  auto r = parse_profile(form({{"languages", "tlh"},
                               {"sectors", "mining"},
                               {"skill.hydraulics", "guru"},
                               {"skill.alchemy", "expert"},
                               {"remote_hours", "201"},
                               {"attachment_add", "99"},
                               {"vis.bio", "everyone"}}),
                         kSkills, kTerritories);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(messages(r), (std::vector<std::string>{
                             "remote_hours:profiles.errors.remote_hours",
                             "languages:profiles.errors.language",
                             "sectors:profiles.errors.sector",
                             "skills:profiles.errors.skill",
                             "skills:profiles.errors.skill",
                             "attachments:profiles.errors.territory",
                             "vis.bio:profiles.errors.visibility",
                         }));
}

TEST(ProfileForm, RemoteHoursMustBeANumberInRange) {
  EXPECT_TRUE(parse_profile(form({{"remote_hours", "200"}}), kSkills, kTerritories).ok());
  EXPECT_TRUE(parse_profile(form({{"remote_hours", "0"}}), kSkills, kTerritories).ok());
  EXPECT_FALSE(parse_profile(form({{"remote_hours", "-1"}}), kSkills, kTerritories).ok());
  EXPECT_FALSE(parse_profile(form({{"remote_hours", "12h"}}), kSkills, kTerritories).ok());
}

TEST(ProfileForm, WindowsNeedRealDatesInOrder) {
  auto window = [](std::string place, std::string from, std::string to) {
    return parse_profile(
        form({{"window_place", place}, {"window_starts", from}, {"window_ends", to}}), kSkills,
        kTerritories);
  };
  EXPECT_TRUE(window("Taliouine", "2027-08-01", "2027-08-01").ok());
  auto reversed = window("Taliouine", "2027-08-20", "2027-08-01");
  ASSERT_FALSE(reversed.ok());
  EXPECT_EQ(messages(reversed), std::vector<std::string>{"windows:profiles.errors.window_order"});
  EXPECT_EQ(messages(window("Taliouine", "2027-02-30", "2027-03-01")),
            std::vector<std::string>{"windows:profiles.errors.window_date"});
  EXPECT_EQ(messages(window("", "2027-08-01", "2027-08-02")),
            std::vector<std::string>{"windows:profiles.errors.window_place"});
}

TEST(ProfileForm, ARemovedWindowIsDropped) {
  auto r = parse_profile(form({{"window_place", "Taliouine"},
                               {"window_starts", "2027-08-01"},
                               {"window_ends", "2027-08-20"},
                               {"window_remove", "0"},
                               {"window_place", "Tafraout"},
                               {"window_starts", "2027-09-01"},
                               {"window_ends", "2027-09-02"}}),
                         kSkills, kTerritories);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->windows.size(), 1u);
  EXPECT_EQ(r->windows[0].place_text, "Tafraout");
}

TEST(ProfileForm, AWindowsPlaceIsResolvedToTheTerritoryItNames) {
  const std::vector<TerritoryLabel> known = {
      {1, "Agadir"}, {2, "Agadir Ida Outanane"}, {5, "Taliouine"}, {7, "تالوين"}};
  EXPECT_EQ(territory_named("Taliouine", known), 5);
  EXPECT_EQ(territory_named("  TALIOUINE (douar Assaki)", known), 5);
  EXPECT_EQ(territory_named("تالوين", known), 7);
  EXPECT_EQ(territory_named("Agadir Ida Outanane, chez mes parents", known), 2);
  EXPECT_EQ(territory_named("Agadir centre", known), 1);
  EXPECT_EQ(territory_named("Montpellier", known), std::nullopt);
  EXPECT_EQ(territory_named("Tali", known), std::nullopt);

  auto r = parse_profile(form({{"window_place", "Tafraout (chez ma famille)"},
                               {"window_starts", "2027-07-01"},
                               {"window_ends", "2027-08-31"},
                               {"window_place", "Lyon"},
                               {"window_starts", "2027-09-01"},
                               {"window_ends", "2027-09-02"}}),
                         kSkills, kTerritories);
  ASSERT_TRUE(r) << r.error().detail;
  ASSERT_EQ(r->windows.size(), 2u);
  EXPECT_EQ(r->windows[0].territory_id, 6);
  EXPECT_EQ(r->windows[1].territory_id, std::nullopt);
}

TEST(ProfileForm, TypedValuesSurviveAnError) {
  ProfileData typed;
  auto r = parse_profile(form({{"bio", "Bonjour"}, {"remote_hours", "x"}}), kSkills, kTerritories,
                         &typed);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(typed.bio, "Bonjour");
  EXPECT_EQ(typed.display_name, "Amina");
}

TEST(ProfileForm, DisplayNameIsRequired) {
  http::Form f;
  auto r = parse_profile(f, kSkills, kTerritories);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(messages(r), std::vector<std::string>{"display_name:profiles.errors.display_name"});
}

TEST(ProfileForm, Dates) {
  EXPECT_TRUE(valid_date("2028-02-29"));
  EXPECT_FALSE(valid_date("2027-02-29"));
  EXPECT_FALSE(valid_date("2027-13-01"));
  EXPECT_FALSE(valid_date("2027-8-01"));
  EXPECT_FALSE(valid_date("01/08/2027"));
  EXPECT_FALSE(valid_date(""));
}

TEST(ProfilePhoto, RecognisedByMagicBytes) {
  EXPECT_EQ(sniff_image(std::string("\xFF\xD8\xFF\xE0", 4) + "rest"), "image/jpeg");
  EXPECT_EQ(sniff_image(std::string("\x89PNG\r\n\x1A\n", 8) + "IHDR"), "image/png");
  EXPECT_EQ(sniff_image(std::string("RIFF\x10\x00\x00\x00WEBPVP8 ", 16)), "image/webp");
  EXPECT_FALSE(sniff_image("GIF89a......"));
  EXPECT_FALSE(sniff_image("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
  EXPECT_FALSE(sniff_image(""));
}

TEST(ProfilePhoto, SizeAndTypeAreChecked) {
  std::string png = std::string("\x89PNG\r\n\x1A\n", 8);
  auto ok = check_photo(png + std::string(1000, 'x'));
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->content_type, "image/png");
  auto big = check_photo(png + std::string(kMaxPhotoBytes, 'x'));
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().message_id, "profiles.errors.photo_size");
  auto text = check_photo("just some text pretending to be a photo");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().message_id, "profiles.errors.photo_type");
  EXPECT_EQ(text.error().fields.at(0).field, "photo");
}

}  // namespace
}  // namespace comdev::profiles
