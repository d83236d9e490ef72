// The expert pool on both databases: /experts and GET /api/v1/experts list the members who offer
// a skill, with every filter (q on names, paths and skill labels; skill with what is below it;
// sector, language, country, mode, month, territory with the places below it, diaspora de cœur),
// 20 a page. Visibility is the heart of it: a card shows only what the reader may see, and a
// filter matches only on a field the reader may see — a visitor filtering on a country shown to
// animators only does not find its owner, an animator does. Deleted members never appear; bad
// filters get a clear message each.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/mydata/mydata_store.h"
#include "features/profiles/profile_store.h"
#include "features/territories/territory_store.h"
#include "http/percent.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using profiles::Field;
using profiles::Level;

class Experts : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start();
    member = sign_in_new_member(server->db(), Role::member);
    animator = sign_in_new_member(server->db(), Role::animator);
  }

  std::int64_t territory(const std::string& slug) {
    auto t = territories::territory_store::find_by_slug(server->db(), slug);
    EXPECT_TRUE(t.ok() && *t) << slug;
    return t.ok() && *t ? (*t)->id : 0;
  }

  // A member with a profile: `fill` sets what the test needs on a plain expert.
  std::int64_t expert(const std::string& name,
                      const std::function<void(profiles::ProfileData&)>& fill) {
    auto who = sign_in_new_member(server->db(), Role::member);
    profiles::ProfileData d;
    d.display_name = name;
    d.skills = {{"sanitation", "expert"}};
    d.languages = {"fr"};
    d.visibility = profiles::with_defaults(
        {{Field::skills, Level::public_}, {Field::languages, Level::public_}});
    fill(d);
    d.visibility = profiles::with_defaults(d.visibility);
    auto st = profiles::profile_store::save(server->db(), who.member_id, d, std::nullopt, false);
    EXPECT_TRUE(st.ok()) << st.error().message_id;
    return who.member_id;
  }

  nlohmann::json api(const std::string& query, const SignedIn* who = nullptr, int status = 200) {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> headers;
    if (who) headers.emplace_back("Cookie", who->cookie);
    auto r = c.get("/api/v1/experts" + query, headers);
    EXPECT_EQ(r.status, status) << query << " " << r.body;
    return nlohmann::json::parse(r.body, nullptr, false);
  }
  std::vector<std::int64_t> ids(const std::string& query, const SignedIn* who = nullptr) {
    std::vector<std::int64_t> out;
    auto j = api(query + (query.empty() ? "?" : "&") + "per_page=100", who);
    for (const auto& e : j["experts"]) out.push_back(e["id"].get<std::int64_t>());
    return out;
  }
  bool finds(const std::string& query, std::int64_t id, const SignedIn* who = nullptr) {
    auto list = ids(query, who);
    return std::find(list.begin(), list.end(), id) != list.end();
  }
  http::testing::ClientResponse page(const std::string& query, const SignedIn* who = nullptr) {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> headers;
    if (who) headers.emplace_back("Cookie", who->cookie);
    return c.get("/experts" + query, headers);
  }

  std::unique_ptr<TestServer> server;
  SignedIn member, animator;
};

TEST_F(Experts, AFilterMatchesOnlyOnAFieldTheReaderMaySee) {
  auto id = expert("Ingénieure Islandaise", [](profiles::ProfileData& d) {
    d.country = "Islande";
    d.visibility[Field::country] = Level::animators;
  });
  EXPECT_FALSE(finds("?country=Islande", id));
  EXPECT_FALSE(finds("?country=Islande", id, &member));
  EXPECT_TRUE(finds("?country=Islande", id, &animator));
  EXPECT_TRUE(finds("?country=islande", id, &animator));  // without case
  // Listed without the filter, but without the country.
  EXPECT_TRUE(finds("", id));
  for (const auto& e : api("?per_page=100")["experts"]) {
    if (e["id"] == id) {
      EXPECT_FALSE(e.contains("country"));
    }
  }
  // The country list of the form does not tell it either.
  auto visitor_page = page("");
  EXPECT_FALSE(contains(visitor_page.body, "Islande"));
  EXPECT_TRUE(contains(page("", &animator).body, "Islande"));
  // The page of a visitor filtering on it finds nobody with that country.
  EXPECT_FALSE(contains(page("?country=Islande").body, "Ingénieure Islandaise"));
  EXPECT_TRUE(contains(page("?country=Islande", &animator).body, "Ingénieure Islandaise"));
}

TEST_F(Experts, EachFilterLooksAtItsFieldUnderItsVisibility) {
  auto hidden_lang = expert("Polyglotte Discrète", [](profiles::ProfileData& d) {
    d.languages = {"it"};
    d.visibility[Field::languages] = Level::members;
  });
  EXPECT_FALSE(finds("?lang=it", hidden_lang));
  EXPECT_TRUE(finds("?lang=it", hidden_lang, &member));

  auto remote = expert("Télétravailleuse", [](profiles::ProfileData& d) {
    d.remote_hours = 12;
    d.visibility[Field::remote_hours] = Level::public_;
  });
  EXPECT_TRUE(finds("?mode=remote", remote));
  EXPECT_TRUE(finds("?month=2031-02", remote));  // remote hours count in any month
  EXPECT_FALSE(finds("?mode=on_site", remote));

  auto onsite = expert("Estivante", [&](profiles::ProfileData& d) {
    d.windows = {{0, "Taliouine", territory("taliouine"), "2031-07-01", "2031-08-20"}};
    d.visibility[Field::availability] = Level::members;
  });
  EXPECT_FALSE(finds("?mode=on_site", onsite));
  EXPECT_TRUE(finds("?mode=on_site", onsite, &member));
  EXPECT_TRUE(finds("?month=2031-08", onsite, &member));
  EXPECT_FALSE(finds("?month=2031-09", onsite, &member));
  // A window in a commune of the province counts for the province.
  EXPECT_TRUE(finds("?territory=taroudant", onsite, &member));
  EXPECT_FALSE(finds("?territory=taroudant", onsite));
  EXPECT_FALSE(finds("?territory=tiznit", onsite, &member));

  auto attached = expert("Enfant du pays", [&](profiles::ProfileData& d) {
    d.attachments = {{territory("tafraout"), "Tafraout"}};
    d.sectors = {"energy"};
    d.visibility[Field::attachments] = Level::public_;
    d.visibility[Field::sectors] = Level::public_;
  });
  EXPECT_TRUE(finds("?territory=tiznit", attached));    // the province of Tafraout
  EXPECT_TRUE(finds("?territory=tafraout", attached));  // the commune itself
  EXPECT_FALSE(finds("?territory=tata", attached));
  EXPECT_TRUE(finds("?sector=energy", attached));
  EXPECT_FALSE(finds("?sector=health", attached));

  auto heart =
      expert("Amie du Souss", [](profiles::ProfileData& d) { d.diaspora_of_heart = true; });
  EXPECT_FALSE(finds("?heart=1", heart));  // attachments are shown to members by default
  EXPECT_TRUE(finds("?heart=1", heart, &member));
  EXPECT_FALSE(finds("?heart=1", attached, &member));
}

TEST_F(Experts, SkillsCanBeFoundByNameByLabelAndByTheirDomain) {
  auto id = expert("Zélie Quetzal", [](profiles::ProfileData& d) {
    d.skills = {{"gis_mapping", "intermediate"}};
    d.professional_path = "Cartographe des oasis";
    d.visibility[Field::professional_path] = Level::public_;
  });
  EXPECT_TRUE(finds("?q=quetzal", id));
  EXPECT_TRUE(finds("?q=oasis", id));
  EXPECT_TRUE(finds("?q=cartographie", id));                        // the skill's French label
  EXPECT_TRUE(finds("?q=mapping", id));                             // its English one
  EXPECT_TRUE(finds("?q=" + http::percent_encode("الخرائط"), id));  // its Arabic one
  EXPECT_TRUE(finds("?q=quetzal%20cartographie", id));
  EXPECT_FALSE(finds("?q=quetzal%20comptabilite", id));  // every word must match
  EXPECT_TRUE(finds("?skill=gis_mapping", id));
  EXPECT_FALSE(finds("?skill=accounting", id));
  // A skill's domain includes it (once the taxonomy of data/skills.json is in the database).
  auto domain = server->db().query(
      "SELECT d.slug FROM skills s JOIN skills d ON d.id = s.parent_id WHERE s.slug = "
      "'gis_mapping'");
  ASSERT_TRUE(domain.ok());
  if (!domain->empty()) {
    EXPECT_TRUE(finds("?skill=" + domain->rows.front().text(0), id));
    EXPECT_FALSE(finds("?skill=finance_domain", id));
  }
}

TEST_F(Experts, OnlyMembersWithAVisibleSkillAndAnAccountAreListed) {
  auto none = expert("Sans Compétence", [](profiles::ProfileData& d) { d.skills.clear(); });
  EXPECT_FALSE(finds("", none, &animator));
  auto members_only = expert(
      "Réservée", [](profiles::ProfileData& d) { d.visibility[Field::skills] = Level::members; });
  EXPECT_FALSE(finds("", members_only));
  EXPECT_TRUE(finds("", members_only, &member));
  auto gone = expert("Partie", [](profiles::ProfileData&) {});
  EXPECT_TRUE(finds("", gone));
  ASSERT_TRUE(mydata::mydata_store::anonymise(server->db(), gone).ok());
  EXPECT_FALSE(finds("", gone, &animator));
  // Turning invitations off does not take a member out of the directory.
  ASSERT_TRUE(server->db()
                  .query("UPDATE profiles SET open_to_invitations = 0 WHERE member_id = $1",
                         store::params(members_only))
                  .ok());
  EXPECT_TRUE(finds("", members_only, &member));
}

TEST_F(Experts, ACardShowsWhatTheReaderMaySee) {
  auto id = expert("Nom Caché", [](profiles::ProfileData& d) {
    d.visibility[Field::display_name] = Level::members;
    d.professional_path = "Parcours pour les membres";
    d.country = "Groenland";
    d.visibility[Field::country] = Level::public_;
  });
  auto visitor = page("?country=Groenland");
  EXPECT_EQ(visitor.status, 200);
  EXPECT_EQ(visitor.headers["cache-control"], "private, no-store");
  EXPECT_FALSE(contains(visitor.body, "Nom Caché"));
  EXPECT_TRUE(contains(visitor.body, "Membre de la communauté"));
  EXPECT_FALSE(contains(visitor.body, "Parcours pour les membres"));
  EXPECT_TRUE(contains(visitor.body, "/members/" + std::to_string(id)));
  auto seen = page("?country=Groenland", &member);
  EXPECT_TRUE(contains(seen.body, "Nom Caché"));
  EXPECT_TRUE(contains(seen.body, "Parcours pour les membres"));
  auto j = api("?country=Groenland");
  ASSERT_EQ(j["experts"].size(), 1u);
  EXPECT_FALSE(j["experts"][0].contains("display_name"));
  EXPECT_FALSE(j["experts"][0].contains("professional_path"));
  EXPECT_EQ(j["experts"][0]["skills"][0]["slug"], "sanitation");
  // Nor can a visitor find the hidden name by searching for it.
  EXPECT_FALSE(finds("?q=cach%C3%A9", id));
  EXPECT_TRUE(finds("?q=cach%C3%A9", id, &member));
}

TEST_F(Experts, TheDemoPoolIsListedTwentyAPage) {
  auto j = api("", &animator);
  EXPECT_GT(j["total"].get<int>(), 20);  // 40 demo experts once every skill slug is loaded
  EXPECT_EQ(j["experts"].size(), 20u);
  EXPECT_EQ(j["per_page"], 20);
  auto second = api("?page=2", &animator);
  EXPECT_NE(second["experts"][0]["id"], j["experts"][0]["id"]);
  auto p = page("?page=2", &animator);
  EXPECT_EQ(p.status, 200);
  EXPECT_TRUE(contains(p.body, "rel=\"prev\""));
  EXPECT_TRUE(contains(p.body, "Page 2 sur"));
  // Montpellier and Belgium are there for a visitor (demo profiles show their country).
  EXPECT_TRUE(contains(page("").body, "Belgique"));
}

TEST_F(Experts, BadFiltersGetAClearMessageEach) {
  auto j = api("?skill=no_such_skill&month=2027-13&territory=atlantis&per_page=500", nullptr, 422);
  ASSERT_TRUE(j.contains("error"));
  const auto& fields = j["error"]["fields"];
  EXPECT_EQ(fields.size(), 4u);
  EXPECT_EQ(fields["skill"], "Compétence inconnue.");
  EXPECT_EQ(fields["month"], "Mois invalide (AAAA-MM).");
  EXPECT_EQ(fields["territory"], "Lieu inconnu.");
  EXPECT_TRUE(fields.contains("per_page"));
  EXPECT_EQ(j["error"]["code"], "invalid");
  // The page says which filters it dropped, and lists without them.
  auto p = page("?skill=no_such_skill&mode=sometimes");
  EXPECT_EQ(p.status, 200);
  EXPECT_TRUE(contains(p.body, "Compétence inconnue."));
  EXPECT_TRUE(contains(p.body, "Mode inconnu"));
  EXPECT_TRUE(contains(p.body, "class=\"ex-card\""));
}

}  // namespace
}  // namespace comdev::testing
