// Matching over HTTP on both databases: a commune's representative publishes a sanitation-study
// need and an engineer with the skills and a summer window in the commune ranks first, with the
// reasons; members who opted out or deleted their account never appear; a profile change shows
// in the very next request; who may see which matches; bad input (an unknown need, a funding
// need, a bad limit) gets a clear answer; "needs for you" and the need page's section.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "core/time.h"
#include "features/changes/change_log_store.h"
#include "features/organisations/organisation_store.h"
#include "features/territories/territory_store.h"
#include "http/percent.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using nlohmann::json;
namespace org_store = organisations::organisation_store;

// The skills and profile of an expert, written straight to the tables with the change-log row
// the profile writer adds (the profile form is the skills feature's to test).
struct Profile {
  std::vector<std::pair<std::string, std::string>> skills;  // slug, level
  std::vector<std::string> languages = {"fr", "ar"};
  int remote_hours = 20;
  bool open = true;
  std::int64_t window_territory = 0, attachment = 0;
};

void write_profile(store::Db& db, std::int64_t member, const Profile& p) {
  auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto now = core::iso_now();
    auto run = [&](std::string_view q, std::vector<store::Value> ps) -> Status {
      auto got = c.query(q, ps);
      if (!got) return got.error();
      return {};
    };
    if (auto st = run("DELETE FROM profiles WHERE member_id = $1", store::params(member)); !st)
      return st.error();
    if (auto st = run("INSERT INTO profiles (member_id, remote_hours_per_month, "
                      "open_to_invitations, updated_at) VALUES ($1, $2, $3, $4)",
                      store::params(member, p.remote_hours, p.open ? 1 : 0, now));
        !st)
      return st.error();
    for (auto table :
         {"member_skills", "profile_languages", "availability_windows", "profile_attachments"}) {
      if (auto st = run(std::string("DELETE FROM ") + table + " WHERE member_id = $1",
                        store::params(member));
          !st)
        return st.error();
    }
    for (const auto& [slug, level] : p.skills) {
      auto skill = c.query("SELECT id FROM skills WHERE slug = $1", store::params(slug));
      if (!skill) return skill.error();
      if (skill->empty()) return Error::not_found();
      if (auto st =
              run("INSERT INTO member_skills (member_id, skill_id, level) VALUES ($1, $2, $3)",
                  store::params(member, skill->rows.front().integer(0), level));
          !st)
        return st.error();
    }
    for (const auto& l : p.languages) {
      if (auto st = run("INSERT INTO profile_languages (member_id, code) VALUES ($1, $2)",
                        store::params(member, l));
          !st)
        return st.error();
    }
    if (p.window_territory != 0) {
      if (auto st = run("INSERT INTO availability_windows (member_id, place_text, territory_id, "
                        "starts_on, ends_on) VALUES ($1, 'Taliouine', $2, $3, $4)",
                        store::params(member, p.window_territory, "2027-08-01", "2027-08-20"));
          !st)
        return st.error();
    }
    if (p.attachment != 0) {
      if (auto st = run("INSERT INTO profile_attachments (member_id, territory_id) VALUES ($1, $2)",
                        store::params(member, p.attachment));
          !st)
        return st.error();
    }
    if (auto st = changes::change_log_store::record(c, changes::kProfile, member); !st)
      return st.error();
    return true;
  });
  ASSERT_TRUE(r.ok()) << r.error().detail;
}

class Matching : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start();
    auto& db = server->db();
    auto commune = territories::territory_store::find_by_slug(db, "taliouine");
    ASSERT_TRUE(commune.ok() && *commune);
    taliouine = (*commune)->id;
    auto carrier = org_store::create(db, 0, {"commune", "Commune d'essai", taliouine, "", true});
    ASSERT_TRUE(carrier.ok());
    carrier_id = *carrier;
    auto now = core::iso_now();
    auto p = db.query(
        "INSERT INTO projects (title, summary, carrier_id, territory_id, created_at, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        store::params("Assainissement du douar", "Projet d'essai", carrier_id, taliouine, now));
    ASSERT_TRUE(p.ok() && !p->empty());
    project_id = p->rows.front().integer(0);
    rep = sign_in_new_member(db, Role::member);
    animator = sign_in_new_member(db, Role::animator);
    ASSERT_TRUE(org_store::request_representation(db, carrier_id, rep.member_id, "Élue").ok());
    ASSERT_TRUE(
        org_store::decide(db, animator.member_id, carrier_id, rep.member_id, true, "Appel").ok());
    need_id =
        publish("kind=skill&title=" + http::percent_encode("Étude d'assainissement du douar") +
                "&mode=both&period_start=2027-07-01&period_end=2027-08-31&effort_days=10"
                "&skill.sanitation=expert&skill.gis_mapping=expert&skill.grant_writing=expert"
                "&languages=fr");
  }

  std::int64_t publish(const std::string& form) {
    auto r = post_form(rep, "/projects/" + std::to_string(project_id) + "/needs/new", form);
    EXPECT_EQ(r.status, 303) << r.body;
    auto loc = r.headers["location"];
    auto rest = loc.substr(std::string("/needs/").size());
    return std::stoll(rest.substr(0, rest.find('?')));
  }

  Profile engineer() const {
    Profile p;
    p.skills = {{"sanitation", "expert"}, {"gis_mapping", "expert"}, {"grant_writing", "expert"}};
    p.window_territory = taliouine;
    p.attachment = taliouine;
    return p;
  }

  http::testing::ClientResponse post_form(const SignedIn& who, const std::string& path,
                                          const std::string& body) {
    return testing::post_form(server->port(), who, path, body);
  }
  http::testing::ClientResponse get_as(const SignedIn& who, const std::string& path) {
    return testing::get_as(server->port(), who, path);
  }
  std::string token_of(const SignedIn& who) { return testing::token_of(server->port(), who); }
  http::testing::ClientResponse api_get(const std::string& token, const std::string& path) {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> headers;
    if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
    return c.request("GET", path, headers, "");
  }
  json matches(const std::string& token, std::int64_t need, const std::string& query = "") {
    auto r = api_get(token, "/api/v1/needs/" + std::to_string(need) + "/matches" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return json::parse(r.body, nullptr, false);
  }
  static std::vector<std::int64_t> member_ids(const json& j) {
    std::vector<std::int64_t> out;
    for (const auto& m : j["matches"]) out.push_back(m["member_id"].get<std::int64_t>());
    return out;
  }
  static bool listed(const json& j, std::int64_t member) {
    auto ids = member_ids(j);
    return std::find(ids.begin(), ids.end(), member) != ids.end();
  }

  std::unique_ptr<TestServer> server;
  std::int64_t taliouine = 0, carrier_id = 0, project_id = 0, need_id = 0;
  SignedIn rep, animator;
};

TEST_F(Matching, TheEngineerWithTheSkillsAndASummerWindowRanksFirstWithTheReasons) {
  auto her = sign_in_new_member(server->db(), Role::member);
  write_profile(server->db(), her.member_id, engineer());
  auto j = matches(token_of(rep), need_id);
  ASSERT_FALSE(j["matches"].empty()) << j.dump();
  const auto& first = j["matches"][0];
  EXPECT_EQ(first["member_id"].get<std::int64_t>(), her.member_id) << j.dump();
  EXPECT_GT(first["score"].get<double>(), 0.8);
  std::map<std::string, json> reasons;
  for (const auto& r : first["reasons"]) reasons[r["code"].get<std::string>()] = r;
  ASSERT_TRUE(reasons.count("covers_skills")) << first.dump();
  EXPECT_EQ(reasons["covers_skills"]["a"], 3);
  EXPECT_EQ(reasons["covers_skills"]["b"], 3);
  EXPECT_TRUE(reasons.count("speaks_language"));
  EXPECT_TRUE(reasons.count("on_site_window"));
  EXPECT_TRUE(reasons.count("attached_commune"));
  auto why = first["why"].get<std::string>();
  EXPECT_TRUE(contains(why, "couvre les 3 compétences demandées")) << why;
  EXPECT_TRUE(contains(why, "à Taliouine du 1 août 2027 au 20 août 2027")) << why;
  EXPECT_TRUE(contains(why, "des attaches dans la commune de Taliouine")) << why;

  // The need's page shows her to the representative, with the invitation form.
  auto page = get_as(rep, "/needs/" + std::to_string(need_id));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "id=\"experts\""));
  EXPECT_TRUE(contains(page.body, "href=\"/members/" + std::to_string(her.member_id) + "\""));
  EXPECT_TRUE(contains(page.body, "action=\"/needs/" + std::to_string(need_id) + "/invitations\""));
  EXPECT_TRUE(contains(page.body, "name=\"expert_id\" value=\"" + std::to_string(her.member_id)));
  EXPECT_TRUE(contains(page.body, "à Taliouine du 1 août 2027"));
  // Not to a visitor, nor to a member who does not speak for the carrier.
  Client visitor(server->port());
  EXPECT_FALSE(contains(visitor.get("/needs/" + std::to_string(need_id)).body, "id=\"experts\""));
  EXPECT_FALSE(contains(get_as(her, "/needs/" + std::to_string(need_id)).body, "id=\"experts\""));

  // She sees the need among the needs for her, with why.
  auto mine = get_as(her, "/me/needs");
  ASSERT_EQ(mine.status, 200);
  EXPECT_TRUE(contains(mine.body, "href=\"/needs/" + std::to_string(need_id) + "\""));
  EXPECT_TRUE(contains(mine.body, "couvre les 3 compétences demandées"));
  EXPECT_EQ(mine.headers["cache-control"], "no-store");
  auto api =
      api_get(token_of(her), "/api/v1/members/" + std::to_string(her.member_id) + "/matches");
  ASSERT_EQ(api.status, 200) << api.body;
  auto mj = json::parse(api.body);
  ASSERT_FALSE(mj["matches"].empty());
  EXPECT_EQ(mj["matches"][0]["need_id"].get<std::int64_t>(), need_id);
}

TEST_F(Matching, OptedOutAndDeletedMembersNeverAppear) {
  auto quiet = sign_in_new_member(server->db(), Role::member);
  auto p = engineer();
  p.open = false;
  write_profile(server->db(), quiet.member_id, p);
  auto leaving = sign_in_new_member(server->db(), Role::member);
  write_profile(server->db(), leaving.member_id, engineer());
  auto token = token_of(rep);
  EXPECT_TRUE(listed(matches(token, need_id, "?limit=100"), leaving.member_id));
  EXPECT_FALSE(listed(matches(token, need_id, "?limit=100"), quiet.member_id));

  auto gone = post_form(leaving, "/account/delete", "password=correct+horse+battery");
  ASSERT_EQ(gone.status, 303) << gone.body;
  auto after = matches(token, need_id, "?limit=100");
  EXPECT_FALSE(listed(after, leaving.member_id));
  EXPECT_FALSE(listed(after, quiet.member_id));
  EXPECT_FALSE(contains(get_as(rep, "/needs/" + std::to_string(need_id)).body,
                        "/members/" + std::to_string(leaving.member_id) + "\""));
}

TEST_F(Matching, AProfileChangeShowsInTheNextRequest) {
  auto expert = sign_in_new_member(server->db(), Role::member);
  Profile p;
  p.skills = {{"accounting", "expert"}};
  write_profile(server->db(), expert.member_id, p);
  auto token = token_of(rep);
  EXPECT_FALSE(listed(matches(token, need_id, "?limit=100"), expert.member_id));
  write_profile(server->db(), expert.member_id, engineer());
  auto j = matches(token, need_id);
  ASSERT_FALSE(j["matches"].empty());
  EXPECT_EQ(j["matches"][0]["member_id"].get<std::int64_t>(), expert.member_id);
}

TEST_F(Matching, WhoMaySeeWhichMatches) {
  auto member = sign_in_new_member(server->db(), Role::member);
  auto admin = sign_in_new_member(server->db(), Role::admin);
  std::string need_path = "/api/v1/needs/" + std::to_string(need_id) + "/matches";
  EXPECT_EQ(api_get("", need_path).status, 401);
  auto refused = api_get(token_of(member), need_path);
  EXPECT_EQ(refused.status, 403);
  EXPECT_TRUE(contains(refused.body, "représentants vérifiés")) << refused.body;
  EXPECT_EQ(api_get(token_of(rep), need_path).status, 200);
  EXPECT_EQ(api_get(token_of(animator), need_path).status, 200);
  EXPECT_EQ(api_get(token_of(admin), need_path).status, 200);

  std::string member_path = "/api/v1/members/" + std::to_string(member.member_id) + "/matches";
  EXPECT_EQ(api_get("", member_path).status, 401);
  EXPECT_EQ(api_get(token_of(member), member_path).status, 200);
  auto other = api_get(token_of(rep), member_path);
  EXPECT_EQ(other.status, 403);
  EXPECT_TRUE(contains(other.body, "Seul ce membre")) << other.body;
  EXPECT_EQ(api_get(token_of(animator), member_path).status, 200);
  EXPECT_EQ(api_get(token_of(admin), member_path).status, 200);
  // A member without skills is told so.
  auto none = json::parse(api_get(token_of(member), member_path).body);
  EXPECT_EQ(none["has_skills"], false);
  EXPECT_TRUE(none["matches"].empty());
  // "Needs for you" needs a signed-in member.
  Client visitor(server->port());
  EXPECT_NE(visitor.get("/me/needs").status, 200);
  auto empty = get_as(member, "/me/needs");
  ASSERT_EQ(empty.status, 200);
  EXPECT_TRUE(contains(empty.body, "Ajoutez vos compétences"));
  EXPECT_TRUE(contains(empty.body, "href=\"/profile\""));
}

TEST_F(Matching, BadInputGetsAClearAnswer) {
  auto token = token_of(animator);
  auto unknown = api_get(token, "/api/v1/needs/999999/matches");
  EXPECT_EQ(unknown.status, 404);
  // An id that is not one is a malformed address (the router types {id}), not a missing need.
  EXPECT_EQ(api_get(token, "/api/v1/needs/abc/matches").status, 400);
  auto funding = publish("kind=funding&title=Cofinancement&amount=1500000&currency=MAD");
  auto refused = api_get(token, "/api/v1/needs/" + std::to_string(funding) + "/matches");
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(contains(refused.body, "pas un besoin de compétences ouvert")) << refused.body;
  auto bad_limit = api_get(token, "/api/v1/needs/" + std::to_string(need_id) + "/matches?limit=0");
  EXPECT_EQ(bad_limit.status, 422);
  EXPECT_TRUE(contains(bad_limit.body, "\"limit\"")) << bad_limit.body;
  EXPECT_EQ(api_get(token, "/api/v1/members/999999/matches").status, 404);
  // A closed need has no experts to propose, and its page no longer shows the section.
  ASSERT_EQ(post_form(rep, "/needs/" + std::to_string(need_id) + "/status", "status=closed").status,
            303);
  EXPECT_EQ(api_get(token, "/api/v1/needs/" + std::to_string(need_id) + "/matches").status, 409);
  EXPECT_FALSE(contains(get_as(rep, "/needs/" + std::to_string(need_id)).body, "id=\"experts\""));
}

}  // namespace
}  // namespace comdev::testing
