// The skill taxonomy over HTTP on both databases: the tree synced from data/skills.json at start
// (GET /api/v1/skills); administrators edit it, add to it and export it in the file's format,
// nobody else may; the profile and need forms pick skills by domain (the domain itself
// selectable) and refuse unknown skills with a clear message, saving nothing; the profile's
// "open to invitations" setting is saved, shown to its owner and reported by the API; a profile
// save records a change for the matching index.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/organisations/organisation_store.h"
#include "features/territories/territory_store.h"
#include "http/percent.h"
#include "i18n/catalogue.h"
#include "needs_test_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using http::testing::ClientResponse;
namespace fixture = needs_test_store;

std::string fr(std::string_view key) {
  std::string out;
  for (char c : i18n::catalogue(i18n::Lang::fr).text(key)) {
    out += c == '\'' ? std::string("&#39;") : std::string(1, c);
  }
  return out;
}

std::size_t occurrences(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  for (auto p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

class Skills : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start();
    admin = sign_in_new_member(server->db(), Role::admin);
    member = sign_in_new_member(server->db(), Role::member);
    animator = sign_in_new_member(server->db(), Role::animator);
  }
  ClientResponse get(const std::string& path, const SignedIn* who = nullptr) {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> h{{"Accept-Language", "fr"}};
    if (who) h.emplace_back("Cookie", who->cookie);
    return c.get(path, h);
  }
  ClientResponse post(const SignedIn& who, const std::string& path, const std::string& body) {
    Client c(server->port());
    return c.request("POST", path,
                     {{"Cookie", who.cookie},
                      {"Content-Type", "application/x-www-form-urlencoded"},
                      {"Accept-Language", "fr"}},
                     "_csrf=" + http::percent_encode(who.csrf) + "&" + body);
  }
  nlohmann::json tree() {
    auto r = get("/api/v1/skills");
    EXPECT_EQ(r.status, 200);
    return nlohmann::json::parse(r.body, nullptr, false);
  }
  // The id of a skill by slug, from the public API.
  std::int64_t id_of(const std::string& slug) {
    auto all = tree();
    for (const auto& d : all["domains"]) {
      if (d["slug"] == slug) return d["id"].get<std::int64_t>();
      for (const auto& s : d["skills"]) {
        if (s["slug"] == slug) return s["id"].get<std::int64_t>();
      }
    }
    return 0;
  }
  std::int64_t count(const std::string& sql, std::int64_t id) {
    return fixture::count(server->db(), sql, id);
  }

  std::unique_ptr<TestServer> server;
  SignedIn admin, member, animator;
};

const std::string kEdit =
    "parent=sanitation_domain&name_fr=" + http::percent_encode("Assainissement liquide") +
    "&name_ar=" + http::percent_encode("التطهير السائل") + "&name_en=Sanitation" +
    "&synonyms_fr=" + http::percent_encode("eaux usées\r\nSTEP\r\n") + "&synonyms_ar=&synonyms_en=";

TEST_F(Skills, TheApiGivesTheWholeTreeWithLabelsAndSynonyms) {
  auto j = tree();
  ASSERT_EQ(j["domains"].size(), 21u);
  std::size_t skills = 0;
  for (const auto& d : j["domains"]) skills += d["skills"].size();
  EXPECT_GE(skills, 209u);
  const auto& water = j["domains"][0];
  EXPECT_EQ(water["slug"], "water_engineering");
  EXPECT_EQ(water["labels"]["ar"], "الماء والهيدروليك");
  EXPECT_EQ(water["skills"][0]["slug"], "hydraulics");
  EXPECT_EQ(water["skills"][0]["synonyms"]["fr"][0], "AEP");
}

TEST_F(Skills, OnlyAdministratorsReachTheTaxonomyPages) {
  for (const char* path : {"/admin/skills", "/admin/skills/new", "/admin/skills.json"}) {
    EXPECT_EQ(get(path).status, 403) << path;
    auto m = get(path, &member);
    EXPECT_EQ(m.status, 403) << path;
    EXPECT_TRUE(contains(m.body, fr("skills.errors.admins_only"))) << path;
    EXPECT_EQ(get(path, &animator).status, 403) << path;
  }
  auto id = std::to_string(id_of("sanitation"));
  EXPECT_EQ(post(member, "/admin/skills/" + id + "/edit", kEdit).status, 403);
  EXPECT_EQ(tree()["domains"][1]["skills"][0]["labels"]["fr"], "Assainissement");

  auto page = get("/admin/skills", &admin);
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(occurrences(page.body, "<details class=\"skill-domain\""), 21u);
  EXPECT_TRUE(contains(page.body, "/admin/skills/" + id + "/edit"));
  // The account page links to it, for administrators only.
  EXPECT_TRUE(contains(get("/account", &admin).body, "href=\"/admin/skills\""));
  EXPECT_FALSE(contains(get("/account", &member).body, "href=\"/admin/skills\""));
}

TEST_F(Skills, AnAdministratorsEditIsAuditedRecordedAndExported) {
  auto id = id_of("sanitation");
  auto form = get("/admin/skills/" + std::to_string(id) + "/edit", &admin);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "value=\"Assainissement\""));
  auto changes_before = count("SELECT COUNT(*) FROM change_log WHERE entity_id = $1", id);
  auto r = post(admin, "/admin/skills/" + std::to_string(id) + "/edit", kEdit);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers["location"], "/admin/skills?saved=1");
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM audit_log WHERE action = 'skill.edited' AND subject_id = $1", id),
      1);
  EXPECT_GT(count("SELECT COUNT(*) FROM change_log WHERE entity_id = $1", id), changes_before);
  EXPECT_EQ(count("SELECT COUNT(*) FROM skills WHERE id = $1 AND edited_at IS NOT NULL", id), 1);

  auto exported = get("/admin/skills.json", &admin);
  ASSERT_EQ(exported.status, 200);
  EXPECT_TRUE(contains(exported.headers["content-disposition"], "skills.json"));
  EXPECT_TRUE(exported.body.starts_with("[\n {\n  \"slug\": \"water_engineering\",\n"));
  auto file = nlohmann::json::parse(exported.body, nullptr, false);
  ASSERT_TRUE(file.is_array());
  EXPECT_GE(file.size(), 230u);
  for (const auto& e : file) {
    if (e["slug"] != "sanitation") continue;
    EXPECT_EQ(e["fr"], "Assainissement liquide");
    EXPECT_EQ(e["parent"], "sanitation_domain");
    EXPECT_EQ(e["synonyms"]["fr"], (nlohmann::json{"eaux usées", "STEP"}));
  }
}

TEST_F(Skills, BadInputOnTheSkillFormsIsNamedAndNothingIsSaved) {
  auto id = std::to_string(id_of("sanitation"));
  auto r = post(admin, "/admin/skills/" + id + "/edit",
                "parent=no_such_domain&name_fr=Assainissement&name_ar=&name_en=Sanitation");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, fr("skills.errors.label")));
  EXPECT_TRUE(contains(r.body, fr("skills.errors.parent")));
  r = post(admin, "/admin/skills/" + std::to_string(id_of("water_engineering")) + "/edit",
           "parent=energy_domain&name_fr=Eau&name_ar=" + http::percent_encode("الماء") +
               "&name_en=Water");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, fr("skills.errors.domain_with_skills")));
  EXPECT_EQ(count("SELECT COUNT(*) FROM skills WHERE edited_at IS NOT NULL AND id > $1", 0), 0);

  r = post(admin, "/admin/skills/new",
           "slug=Pompage+Solaire&parent=energy_domain&name_fr=Pompage&name_ar=" +
               http::percent_encode("الضخ") + "&name_en=Pumping");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, fr("skills.errors.slug")));
  EXPECT_TRUE(contains(r.body, "value=\"Pompage\""));
  r = post(admin, "/admin/skills/new",
           "slug=hydraulics&parent=energy_domain&name_fr=Pompage&name_ar=" +
               http::percent_encode("الضخ") + "&name_en=Pumping");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, fr("skills.errors.slug_taken")));
  EXPECT_EQ(id_of("pompage"), 0);

  r = post(admin, "/admin/skills/new",
           "slug=solar_pumping_kits&parent=energy_domain&name_fr=Kits+de+pompage&name_ar=" +
               http::percent_encode("أطقم الضخ") + "&name_en=Pumping+kits");
  ASSERT_EQ(r.status, 303) << r.body;
  auto added = id_of("solar_pumping_kits");
  EXPECT_NE(added, 0);
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM audit_log WHERE action = 'skill.created' AND subject_id = $1",
            added),
      1);
}

TEST_F(Skills, TheProfileFormPicksSkillsByDomainAndRefusesUnknownOnes) {
  auto form = get("/profile", &member);
  ASSERT_EQ(form.status, 200);
  EXPECT_EQ(occurrences(form.body, "<details class=\"skill-domain\">"), 21u);
  EXPECT_TRUE(contains(form.body, "name=\"skill.water_engineering\""));
  EXPECT_TRUE(contains(form.body, "name=\"skill.solar_pumping\"") ||
              contains(form.body, "name=\"skill.solar_energy\""));
  EXPECT_TRUE(contains(form.body, fr("skills.picker.general")));
  EXPECT_TRUE(contains(form.body, "name=\"open_to_invitations\" value=\"1\" checked"));

  auto changes_before =
      count("SELECT COUNT(*) FROM change_log WHERE topic = 'profile' AND entity_id = $1",
            member.member_id);
  auto saved = post(member, "/profile",
                    "display_name=Experte&skill.sanitation_domain=intermediate"
                    "&skill.sanitation=expert");
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_GT(count("SELECT COUNT(*) FROM change_log WHERE topic = 'profile' AND entity_id = $1",
                  member.member_id),
            changes_before);
  // The domain holding the chosen skills opens; the others stay closed.
  form = get("/profile", &member);
  EXPECT_EQ(occurrences(form.body, "<details class=\"skill-domain\" open=\"\">"), 1u);
  // Unticked: saved, shown to the owner, reported to the owner by the API.
  EXPECT_FALSE(contains(form.body, "name=\"open_to_invitations\" value=\"1\" checked"));
  auto page = get("/members/" + std::to_string(member.member_id), &member);
  EXPECT_TRUE(contains(page.body, fr("profiles.view.closed_to_invitations")));
  auto api = nlohmann::json::parse(
      get("/api/v1/members/" + std::to_string(member.member_id), &member).body, nullptr, false);
  EXPECT_EQ(api["open_to_invitations"], false);
  EXPECT_EQ(api["skills"].size(), 2u);
  EXPECT_FALSE(get("/api/v1/members/" + std::to_string(member.member_id), &admin)
                   .body.find("open_to_invitations") != std::string::npos);

  auto refused = post(member, "/profile",
                      "display_name=Autre&open_to_invitations=1&skill.astrology=expert"
                      "&skill.hydraulics=expert");
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(contains(refused.body, fr("profiles.errors.skill")));
  api = nlohmann::json::parse(
      get("/api/v1/members/" + std::to_string(member.member_id), &member).body, nullptr, false);
  EXPECT_EQ(api["display_name"], "Experte");
  EXPECT_EQ(api["open_to_invitations"], false);
  EXPECT_EQ(api["skills"].size(), 2u);

  ASSERT_EQ(post(member, "/profile", "display_name=Experte&open_to_invitations=1").status, 303);
  page = get("/members/" + std::to_string(member.member_id), &member);
  EXPECT_TRUE(contains(page.body, fr("profiles.view.open_to_invitations")));
}

TEST_F(Skills, ABrowserSendingEverySelectOfThePickerIsHeard) {
  // A browser posts every select, chosen or not, as one multipart part each (the photo field
  // makes the profile form multipart): some 250 parts.
  auto form = get("/profile", &member);
  std::string boundary = "----comdevskills", body;
  auto part = [&](const std::string& name, const std::string& value) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" +
            value + "\r\n";
  };
  part("_csrf", member.csrf);
  part("display_name", "Experte");
  std::size_t selects = 0;
  const std::string marker = "<select name=\"skill.";
  for (auto p = form.body.find(marker); p != std::string::npos; p = form.body.find(marker, p + 1)) {
    auto start = p + std::string("<select name=\"").size();
    auto name = form.body.substr(start, form.body.find('"', start) - start);
    part(name, name == "skill.solar_pumping" ? "expert" : "");
    ++selects;
  }
  EXPECT_GE(selects, 230u);
  body += "--" + boundary + "--\r\n";
  Client c(server->port());
  auto r = c.request(
      "POST", "/profile",
      {{"Cookie", member.cookie}, {"Content-Type", "multipart/form-data; boundary=" + boundary}},
      body);
  ASSERT_EQ(r.status, 303) << r.body.substr(0, 2000);
  auto api = nlohmann::json::parse(
      get("/api/v1/members/" + std::to_string(member.member_id), &member).body, nullptr, false);
  ASSERT_EQ(api["skills"].size(), 1u);
  EXPECT_EQ(api["skills"][0]["slug"], "solar_pumping");
}

TEST_F(Skills, DeletingAnAccountTellsTheMatchingIndex) {
  const std::string sql =
      "SELECT COUNT(*) FROM change_log WHERE topic = 'profile' AND entity_id = $1";
  auto before = count(sql, member.member_id);
  auto done = post(member, "/account/delete", "password=correct+horse+battery");
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_GT(count(sql, member.member_id), before);
}

TEST_F(Skills, TheNeedFormPicksADomainOrASkillAndRefusesUnknownOnes) {
  auto& db = server->db();
  namespace org_store = organisations::organisation_store;
  auto carrier =
      org_store::create(db, 0, {"village_association", "Association d'essai", 0, "", true});
  ASSERT_TRUE(carrier.ok());
  auto t = territories::territory_store::find_by_slug(db, "taroudant");
  ASSERT_TRUE(t.ok() && *t);
  auto project = fixture::insert_project(db, "Réseau d'essai", *carrier, (*t)->id);
  auto path = "/projects/" + std::to_string(project) + "/needs/new";
  auto form = get(path, &animator);
  ASSERT_EQ(form.status, 200);
  EXPECT_EQ(occurrences(form.body, "<details class=\"skill-domain\">"), 21u);

  auto bad = post(animator, path,
                  "kind=skill&title=Etude&mode=remote&skill.water_engineering=expert"
                  "&skill.astrology=expert");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, fr("needs.errors.skill_unknown")));
  // The typed choice comes back, its domain open.
  EXPECT_EQ(occurrences(bad.body, "<details class=\"skill-domain\" open=\"\">"), 1u);
  EXPECT_EQ(fixture::needs_of(db, project), 0);

  auto ok = post(animator, path,
                 "kind=skill&title=Etude&mode=remote&skill.water_engineering=intermediate"
                 "&skill.sanitation_studies=expert");
  ASSERT_EQ(ok.status, 303) << ok.body;
  EXPECT_EQ(fixture::skills_of(db, project), 2);
}

TEST_F(Skills, TheApisRefuseUnknownSkillsToo) {
  // Needs: the API checks skills against the same taxonomy as the form.
  auto& db = server->db();
  namespace org_store = organisations::organisation_store;
  auto carrier = org_store::create(db, 0, {"village_association", "Association API", 0, "", true});
  ASSERT_TRUE(carrier.ok());
  auto t = territories::territory_store::find_by_slug(db, "taroudant");
  ASSERT_TRUE(t.ok() && *t);
  auto project = fixture::insert_project(db, "Projet API", *carrier, (*t)->id);
  Client c(server->port());
  auto tok = c.request(
      "POST", "/api/v1/tokens", {{"Content-Type", "application/json"}},
      nlohmann::json{{"email", animator.email}, {"password", "correct horse battery"}}.dump());
  ASSERT_EQ(tok.status, 201) << tok.body;
  auto token = nlohmann::json::parse(tok.body)["token"].get<std::string>();
  auto r =
      Client(server->port())
          .request("POST", "/api/v1/projects/" + std::to_string(project) + "/needs",
                   {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}},
                   nlohmann::json{{"kind", "skill"},
                                  {"title", "Etude"},
                                  {"mode", "remote"},
                                  {"skills", {{{"slug", "astrology"}, {"level", "expert"}}}}}
                       .dump());
  EXPECT_EQ(r.status, 422);
  auto j = nlohmann::json::parse(r.body, nullptr, false);
  EXPECT_EQ(j["error"]["fields"]["skills"],
            std::string(i18n::catalogue(i18n::Lang::fr).text("needs.errors.skill_unknown")));
  EXPECT_EQ(fixture::needs_of(db, project), 0);
}

}  // namespace
}  // namespace comdev::testing
