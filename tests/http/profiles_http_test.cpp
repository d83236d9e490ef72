// Profiles over HTTP: a member sets fields and their visibility; a visitor, another member and an
// animator each see exactly what was allowed, on the page and in the API; the edit form acts on
// the signed-in member only (a forged member id is ignored); photos are checked by size and type
// and served only to those allowed; bad input shows the form again and saves nothing.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/mydata/mydata_store.h"
#include "features/profiles/profile_store.h"
#include "i18n/catalogue.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using Fields = std::vector<std::pair<std::string, std::string>>;

// A whole PNG (signature, IHDR, IDAT, IEND): photos are taken apart to remove their metadata.
const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) +
                         std::string("\0\0\0\x0DIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0CRC!", 25) +
                         std::string("\0\0\0\x04IDAT", 8) + std::string(4, '\x01') + "CRC!" +
                         std::string("\0\0\0\0IEND\xAE\x42\x60\x82", 12);

std::string escaped(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '\'') {
      out += "&#39;";
    } else if (c == '&') {
      out += "&amp;";
    } else {
      out += c;
    }
  }
  return out;
}

std::string fr(std::string_view key) {
  return escaped(std::string(i18n::catalogue(i18n::Lang::fr).text(key)));
}

class Profiles : public ::testing::Test {
 protected:
  void SetUp() override {
    // Room for a body above the 2 MB photo limit, so the feature's own check answers.
    server = TestServer::start([](Config& c) { c.max_body_bytes = 4u << 20; });
    owner = sign_in_new_member(server->db(), Role::member);
    other = sign_in_new_member(server->db(), Role::member);
    animator = sign_in_new_member(server->db(), Role::animator);
  }

  // POSTs the profile form as a browser does (multipart, with the photo part even if empty).
  http::testing::ClientResponse save(const SignedIn& who, const Fields& fields,
                                     const std::string& photo = {}) {
    const std::string boundary = "----comdevProfileBoundary7MA4YWxk";
    std::string body;
    auto part = [&](const std::string& name, const std::string& value) {
      body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
              "\"\r\n\r\n" + value + "\r\n";
    };
    part("_csrf", who.csrf);
    for (const auto& [k, v] : fields) part(k, v);
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" +
            std::string(photo.empty() ? "" : "me.png") + "\"\r\nContent-Type: image/png\r\n\r\n" +
            photo + "\r\n";
    body += "--" + boundary + "--\r\n";
    Client c(server->port());
    return c.request("POST", "/profile",
                     {{"Cookie", who.cookie},
                      {"Content-Type", "multipart/form-data; boundary=" + boundary},
                      {"Accept-Language", "fr"}},
                     body);
  }

  http::testing::ClientResponse page(const std::string& path, const SignedIn* who) {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> h{{"Accept-Language", "fr"}};
    if (who) h.emplace_back("Cookie", who->cookie);
    return c.get(path, h);
  }

  nlohmann::json api(std::int64_t id, const SignedIn* who) {
    auto r = page("/api/v1/members/" + std::to_string(id), who);
    EXPECT_EQ(r.status, 200) << r.body;
    return nlohmann::json::parse(r.body);
  }

  std::string profile_path() const { return "/members/" + std::to_string(owner.member_id); }

  Fields full_profile() const {
    return {{"display_name", "Amina Ait Baha"},
            {"bio", "Ingénieure hydraulicienne, je reviens chaque été."},
            {"languages", "ber"},
            {"languages", "fr"},
            {"country", "France"},
            {"city", "Villeurbanne"},
            {"professional_path", "Quinze ans de réseaux d'eau potable."},
            {"sectors", "water"},
            {"remote_hours", "12"},
            {"skill.hydraulics", "expert"},
            {"window_place", "Taliouine"},
            {"window_starts", "2027-08-01"},
            {"window_ends", "2027-08-20"},
            {"vis.display_name", "public"},
            {"vis.country", "public"},
            {"vis.sectors", "public"},
            {"vis.bio", "members"},
            {"vis.email", "members"},
            {"vis.availability", "members"},
            {"vis.city", "animators"},
            {"vis.skills", "animators"},
            {"vis.photo", "members"}};
  }

  std::unique_ptr<TestServer> server;
  SignedIn owner, other, animator;
};

TEST_F(Profiles, EachViewerSeesExactlyWhatTheOwnerAllowed) {
  auto saved = save(owner, full_profile(), kPng);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.headers["location"], "/profile?saved=1");

  const std::string hydraulics = "Hydraulique et adduction d&#39;eau";
  // A visitor: the public fields only.
  auto v = page(profile_path(), nullptr);
  ASSERT_EQ(v.status, 200);
  EXPECT_TRUE(contains(v.body, "Amina Ait Baha"));
  EXPECT_TRUE(contains(v.body, "France"));
  EXPECT_TRUE(contains(v.body, fr("profiles.sector.water")));
  for (std::string hidden : {std::string("Ingénieure hydraulicienne"), std::string("Villeurbanne"),
                             std::string("Taliouine"), owner.email, hydraulics,
                             std::string("/photo"), fr("profiles.language.ber")}) {
    EXPECT_FALSE(contains(v.body, hidden)) << "a visitor sees " << hidden;
  }
  EXPECT_TRUE(contains(v.headers["cache-control"], "private"));

  // Another member: also what is for members.
  auto m = page(profile_path(), &other);
  ASSERT_EQ(m.status, 200);
  for (std::string shown : {std::string("Ingénieure hydraulicienne"), std::string("Taliouine"),
                            owner.email, std::string("/photo"), fr("profiles.language.ber")}) {
    EXPECT_TRUE(contains(m.body, shown)) << "a member does not see " << shown;
  }
  EXPECT_FALSE(contains(m.body, "Villeurbanne"));
  EXPECT_FALSE(contains(m.body, hydraulics));
  EXPECT_TRUE(contains(m.body, "datetime=\"2027-08-01\""));
  EXPECT_TRUE(contains(m.body, "datetime=\"2027-08-20\""));

  // An animator: everything.
  auto a = page(profile_path(), &animator);
  ASSERT_EQ(a.status, 200);
  EXPECT_TRUE(contains(a.body, "Villeurbanne"));
  EXPECT_TRUE(contains(a.body, hydraulics));
  EXPECT_TRUE(contains(a.body, owner.email));

  // The API applies the same rules; a hidden field is absent, not null.
  auto jv = api(owner.member_id, nullptr);
  EXPECT_EQ(jv["display_name"], "Amina Ait Baha");
  EXPECT_EQ(jv["country"], "France");
  EXPECT_EQ(jv["sectors"], nlohmann::json::array({"water"}));
  for (const char* k :
       {"bio", "email", "city", "skills", "availability", "photo_url", "languages", "visibility"}) {
    EXPECT_FALSE(jv.contains(k)) << "a visitor gets " << k;
  }
  auto jm = api(owner.member_id, &other);
  EXPECT_EQ(jm["email"], owner.email);
  EXPECT_EQ(jm["availability"][0]["place"], "Taliouine");
  EXPECT_EQ(jm["availability"][0]["starts_on"], "2027-08-01");
  EXPECT_EQ(jm["availability"][0]["ends_on"], "2027-08-20");
  EXPECT_EQ(jm["languages"], nlohmann::json::array({"ber", "fr"}));
  EXPECT_FALSE(jm.contains("city"));
  EXPECT_FALSE(jm.contains("skills"));
  EXPECT_FALSE(jm.contains("visibility"));
  auto ja = api(owner.member_id, &animator);
  EXPECT_EQ(ja["city"], "Villeurbanne");
  EXPECT_EQ(ja["skills"][0]["slug"], "hydraulics");
  EXPECT_EQ(ja["skills"][0]["level"], "expert");
  EXPECT_EQ(ja["remote_hours_per_month"], 12);
  auto jo = api(owner.member_id, &owner);
  EXPECT_EQ(jo["visibility"]["skills"], "animators");
}

TEST_F(Profiles, ThePhotoIsServedOnlyToThoseAllowed) {
  ASSERT_EQ(save(owner, full_profile(), kPng).status, 303);
  auto path = profile_path() + "/photo";
  EXPECT_EQ(page(path, nullptr).status, 404);
  auto m = page(path, &other);
  ASSERT_EQ(m.status, 200);
  EXPECT_EQ(m.headers["content-type"], "image/png");
  EXPECT_EQ(m.body, kPng);
  EXPECT_TRUE(contains(m.headers["cache-control"], "private"));
  // Made public, a visitor gets it too.
  auto fields = full_profile();
  fields.push_back({"vis.photo", "public"});
  std::erase(fields, std::pair<std::string, std::string>{"vis.photo", "members"});
  ASSERT_EQ(save(owner, fields).status, 303);  // no new file: the photo is kept
  EXPECT_EQ(page(path, nullptr).status, 200);
  EXPECT_TRUE(contains(page(profile_path(), nullptr).body, "/photo?v="));
  // Removed, it is gone for everyone.
  fields.push_back({"photo_remove", "1"});
  ASSERT_EQ(save(owner, fields).status, 303);
  EXPECT_EQ(page(path, &animator).status, 404);
}

TEST_F(Profiles, WhereAPhotoWasTakenIsNotKept) {
  auto segment = [](char marker, const std::string& payload) {
    auto len = payload.size() + 2;
    return std::string{'\xFF', marker, char(len >> 8), char(len & 0xFF)} + payload;
  };
  std::string scan = segment('\xDA', std::string("\x01\x01\0\0\x3F\0", 6)) + "pixels\xFF\xD9";
  std::string jpeg = std::string("\xFF\xD8", 2) +
                     segment('\xE1', std::string("Exif\0\0", 6) + "GPSLatitude 30.4N") +
                     segment('\xDB', std::string(65, '\x02')) + scan;
  ASSERT_EQ(save(owner, full_profile(), jpeg).status, 303);
  auto m = page(profile_path() + "/photo", &owner);
  ASSERT_EQ(m.status, 200);
  EXPECT_EQ(m.headers["content-type"], "image/jpeg");
  EXPECT_FALSE(contains(m.body, "GPSLatitude"));
  EXPECT_FALSE(contains(m.body, "Exif"));
  EXPECT_TRUE(m.body.ends_with(scan));  // the image itself is unchanged
}

TEST_F(Profiles, TheApiKnowsTheCallerFromABearerToken) {
  ASSERT_EQ(save(owner, full_profile()).status, 303);
  Client c(server->port());
  auto t = c.post(
      "/api/v1/tokens",
      nlohmann::json{{"email", animator.email}, {"password", "correct horse battery"}}.dump(),
      "application/json");
  ASSERT_EQ(t.status, 201) << t.body;
  std::string token = nlohmann::json::parse(t.body)["token"];
  auto path = "/api/v1/members/" + std::to_string(owner.member_id);
  auto r = c.get(path, {{"Authorization", "Bearer " + token}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = nlohmann::json::parse(r.body);
  EXPECT_EQ(j["city"], "Villeurbanne");
  EXPECT_EQ(j["email"], owner.email);
  // Without a token: a visitor.
  auto anon = nlohmann::json::parse(c.get(path).body);
  EXPECT_FALSE(anon.contains("city"));
  EXPECT_FALSE(anon.contains("bio"));
  // A bad token is refused, not taken for a visitor.
  EXPECT_EQ(c.get(path, {{"Authorization", "Bearer not-a-token"}}).status, 401);
}

TEST_F(Profiles, AForgedMemberIdInTheFormIsIgnored) {
  ASSERT_EQ(save(owner, full_profile()).status, 303);
  Fields forged = {{"member_id", std::to_string(owner.member_id)},
                   {"id", std::to_string(owner.member_id)},
                   {"display_name", "Pirate"},
                   {"bio", "Written by someone else"}};
  ASSERT_EQ(save(other, forged).status, 303);
  auto mine = api(owner.member_id, &animator);
  EXPECT_EQ(mine["display_name"], "Amina Ait Baha");
  EXPECT_EQ(mine["bio"], "Ingénieure hydraulicienne, je reviens chaque été.");
  auto theirs = api(other.member_id, &animator);
  EXPECT_EQ(theirs["display_name"], "Pirate");
  EXPECT_EQ(theirs["bio"], "Written by someone else");
}

TEST_F(Profiles, AnOversizedPhotoIsRefusedClearlyAndNothingIsSaved) {
  std::string big = kPng + std::string(2u << 20, 'x');
  auto r = save(owner, {{"display_name", "Amina"}, {"bio", "Nouveau texte"}}, big);
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, fr("profiles.errors.photo_size")));
  EXPECT_TRUE(contains(r.body, ">Nouveau texte</textarea>"));  // what was typed is kept
  auto stored = api(owner.member_id, &animator);
  EXPECT_EQ(stored["bio"], "");
  EXPECT_FALSE(stored.contains("photo_url"));
}

TEST_F(Profiles, ABodyAboveTheServerLimitIsA413) {
  // The server refuses a body above its limit before any handler runs (here a small limit, as an
  // operator could set below the photo limit); the page says so in the member's language.
  server.reset();
  server = TestServer::start([](Config& c) { c.max_body_bytes = 64 * 1024; });
  auto member = sign_in_new_member(server->db(), Role::member);
  auto r = save(member, {{"display_name", "Amina"}}, kPng + std::string(100 * 1024, 'x'));
  EXPECT_EQ(r.status, 413);
  EXPECT_TRUE(contains(r.body, fr("errors.payload_too_large")));
}

TEST_F(Profiles, AFileThatIsNotAnImageIsRefused) {
  auto r = save(owner, {{"display_name", "Amina"}}, "<svg onload=alert(1)></svg>");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, fr("profiles.errors.photo_type")));
  EXPECT_EQ(page(profile_path() + "/photo", &owner).status, 404);
}

TEST_F(Profiles, InvalidInputShowsTheFormAgainAndSavesNothing) {
  ASSERT_EQ(save(owner, full_profile()).status, 303);
  auto r = save(owner, {{"display_name", "Amina"},
                        {"bio", "Changed"},
                        {"window_place", "Tafraout"},
                        {"window_starts", "2027-08-20"},
                        {"window_ends", "2027-08-01"},
                        {"remote_hours", "500"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "role=\"alert\""));
  EXPECT_TRUE(contains(r.body, fr("profiles.errors.window_order")));
  EXPECT_TRUE(contains(r.body, fr("profiles.errors.remote_hours")));
  EXPECT_TRUE(contains(r.body, "value=\"Tafraout\""));
  EXPECT_TRUE(contains(r.body, "value=\"2027-08-20\""));
  EXPECT_TRUE(contains(r.body, ">Changed</textarea>"));
  auto stored = api(owner.member_id, &owner);
  EXPECT_EQ(stored["bio"], "Ingénieure hydraulicienne, je reviens chaque été.");
  EXPECT_EQ(stored["availability"][0]["place"], "Taliouine");
}

TEST_F(Profiles, TheEditFormShowsEveryFieldWithItsVisibility) {
  auto r = page("/profile", &owner);
  ASSERT_EQ(r.status, 200);
  for (const char* field :
       {"display_name", "email", "photo", "bio", "languages", "country", "city", "attachments",
        "professional_path", "skills", "sectors", "remote_hours", "availability"}) {
    EXPECT_TRUE(contains(r.body, std::string("name=\"vis.") + field + "\"")) << field;
  }
  EXPECT_TRUE(contains(r.body, "enctype=\"multipart/form-data\""));
  EXPECT_TRUE(contains(r.body, "name=\"skill.hydraulics\""));
  // Defaults: contact details for animators only.
  auto j = api(owner.member_id, &owner);
  EXPECT_EQ(j["visibility"]["email"], "animators");
  EXPECT_EQ(j["visibility"]["city"], "animators");
  EXPECT_EQ(j["visibility"]["bio"], "members");
  EXPECT_EQ(j["visibility"]["display_name"], "public");
}

TEST_F(Profiles, OnlyASignedInMemberHasAnEditForm) {
  EXPECT_EQ(page("/profile", nullptr).status, 403);
}

TEST_F(Profiles, UnknownMembersAreNotFound) {
  EXPECT_EQ(page("/members/999999", &animator).status, 404);
  EXPECT_EQ(page("/members/abc", nullptr).status, 404);
  EXPECT_EQ(page("/members/999999/photo", &animator).status, 404);
  auto r = page("/api/v1/members/999999", &animator);
  EXPECT_EQ(r.status, 404);
  EXPECT_TRUE(contains(r.body, "\"code\":\"not_found\""));
}

TEST_F(Profiles, ADeletedMemberHasNoProfileAnyMore) {
  ASSERT_EQ(save(owner, full_profile(), kPng).status, 303);
  ASSERT_TRUE(mydata::mydata_store::anonymise(server->db(), owner.member_id).ok());
  EXPECT_EQ(page(profile_path(), &animator).status, 404);
  EXPECT_EQ(page(profile_path() + "/photo", &animator).status, 404);
  EXPECT_EQ(page("/api/v1/members/" + std::to_string(owner.member_id), &animator).status, 404);
}

TEST_F(Profiles, PrefillCompletesOnlyWhatIsEmpty) {
  auto territories = profiles::profile_store::territories(server->db());
  ASSERT_TRUE(territories.ok());
  std::optional<std::int64_t> territory;
  if (!territories->empty()) territory = territories->front().id;
  auto run = [&](const profiles::Prefill& p) {
    auto r = server->db().transaction<int>([&](store::Conn& c) -> Result<int> {
      if (auto st = profiles::profile_store::prefill(c, other.member_id, p); !st) {
        return st.error();
      }
      return 0;
    });
    ASSERT_TRUE(r.ok()) << r.error().detail;
  };
  run({"Douar Tizgui", {"hydraulics", "no-such-skill"}, territory});
  run({"Ailleurs", {"translation"}, std::nullopt});
  auto j = api(other.member_id, &other);
  EXPECT_EQ(j["origin_text"], "Douar Tizgui");
  ASSERT_EQ(j["skills"].size(), 1u);
  EXPECT_EQ(j["skills"][0]["slug"], "hydraulics");
  EXPECT_EQ(j["attachments"].size(), territory ? 1u : 0u);
}

}  // namespace
}  // namespace comdev::testing
