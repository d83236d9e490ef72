// Search on both databases: projects, needs and organisations written after the start are found
// on the next request (the change log), in French and Arabic whatever the accents, diacritics,
// tatweel or hamza forms; results are ranked, highlighted, counted by type and paginated; edits
// and deletions show at once; the page and the API give the same results; bad input gets a
// clear message.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/organisations/organisation_store.h"
#include "features/search/search_index.h"
#include "features/territories/territory_store.h"
#include "http/percent.h"
#include "search_test_store.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
namespace st = search_test_store;

class Search : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start();
    auto t = territories::territory_store::find_by_slug(server->db(), "tafraout");
    ASSERT_TRUE(t.ok() && *t);
    territory = (*t)->id;
    auto org = organisations::organisation_store::create(
        server->db(), 0,
        {"village_association", "Association Zitoun Imgharen", territory, "", false});
    ASSERT_TRUE(org.ok());
    carrier = *org;
  }

  http::testing::ClientResponse get(const std::string& path, const std::string& lang = "fr") {
    Client c(server->port());
    return c.get(path, {{"Accept-Language", lang}});
  }
  nlohmann::json api(const std::string& query) {
    auto r = get("/api/v1/search?" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return nlohmann::json::parse(r.body, nullptr, false);
  }
  std::vector<std::int64_t> ids(const std::string& q, const std::string& extra = "") {
    auto j = api("q=" + http::percent_encode(q) + extra);
    std::vector<std::int64_t> out;
    for (const auto& r : j["results"]) out.push_back(r["id"].get<std::int64_t>());
    return out;
  }

  std::unique_ptr<TestServer> server;
  std::int64_t territory = 0, carrier = 0;
};

TEST_F(Search, FindsANewProjectRankedAndHighlighted) {
  auto& db = server->db();
  auto strong = st::insert_project(db, carrier, territory, "Adduction d'eau potable à Zitoun",
                                   "Raccorder les foyers de Zitoun au réseau.");
  auto weak = st::insert_project(db, carrier, territory, "Piste rurale de Zitoun",
                                 "La piste passera près du château d'eau potable.");
  ASSERT_GT(strong, 0);
  ASSERT_GT(weak, 0);
  // Both words in the title rank first; written without accents or in capitals, still found.
  EXPECT_EQ(ids("eau potable zitoun"), (std::vector<std::int64_t>{strong, weak}));
  EXPECT_EQ(ids("EAU POTABLES Zitoun"), (std::vector<std::int64_t>{strong, weak}));
  auto page = get("/search?q=eau+potable+zitoun");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "<mark>eau</mark> <mark>potable</mark>")) << page.body;
  EXPECT_TRUE(contains(page.body, "href=\"/projects/" + std::to_string(strong) + "\""));
  EXPECT_LT(page.body.find("/projects/" + std::to_string(strong)),
            page.body.find("/projects/" + std::to_string(weak)));
  EXPECT_TRUE(contains(page.body, "value=\"eau potable zitoun\""));
}

TEST_F(Search, ArabicFormsFindTheSameProject) {
  auto& db = server->db();
  auto id = st::insert_project(db, carrier, territory, "تزويد مَدْرَسَة إمغارن بالماء",
                               "ربط المدرسة بشبكة الماء الصالح للشرب", "ar");
  ASSERT_GT(id, 0);
  // The demo projects mention schools too: the village's name singles this one out.
  for (std::string q : {"مدرسة", "المدرسة", "مدرسه", "مـدرسـة", "مَدْرَسَة"}) {
    EXPECT_EQ(ids(q + " امغارن"), std::vector<std::int64_t>{id}) << q;
    EXPECT_EQ(ids(q + " إمغارن"), std::vector<std::int64_t>{id}) << q;
    EXPECT_NE(std::find(ids(q).begin(), ids(q).end(), id), ids(q).end()) << q;
  }
  auto page = get("/search?q=" + http::percent_encode("المدرسة إمغارن"), "ar");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "dir=\"rtl\""));
  EXPECT_TRUE(contains(page.body, "<mark>مَدْرَسَة</mark>")) << page.body;
}

TEST_F(Search, ATranslatedTitleIsShownInTheReadersLanguageAndSearched) {
  auto& db = server->db();
  auto id = st::insert_project(db, carrier, territory, "Coopérative d'argan d'Imgharen", "");
  ASSERT_TRUE(st::add_translation(db, id, "ar", "تعاونية أركان إمغارن"));
  EXPECT_EQ(ids("تعاونية إمغارن"), std::vector<std::int64_t>{id});
  auto ar = get("/search?q=" + http::percent_encode("تعاونية إمغارن"), "ar");
  EXPECT_TRUE(contains(ar.body, "<mark>تعاونية</mark> أركان")) << ar.body;
  auto fr = get("/search?q=cooperative+imgharen", "fr");
  EXPECT_TRUE(contains(fr.body, "<mark>Coopérative</mark> d&#39;argan")) << fr.body;
}

TEST_F(Search, NeedsAndOrganisationsAreCountedByType) {
  auto& db = server->db();
  auto project = st::insert_project(db, carrier, territory, "Assainissement de Zitoun", "");
  auto need = st::insert_need(db, project, "skill", "Étude d'assainissement",
                              "Un ingénieur pour l'étude du réseau.");
  auto org = organisations::organisation_store::create(
      db, 0, {"cooperative", "Coopérative Assainissement Tazka", territory, "", false});
  ASSERT_TRUE(org.ok());
  auto j = api("q=assainissement");
  EXPECT_GE(j["counts"]["project"].get<int>(), 1);
  EXPECT_GE(j["counts"]["need"].get<int>(), 1);
  EXPECT_GE(j["counts"]["organisation"].get<int>(), 1);
  EXPECT_EQ(ids("etude assainissement zitoun", "&type=need"), std::vector<std::int64_t>{need});
  EXPECT_EQ(ids("tazka", "&type=organisation"), std::vector<std::int64_t>{*org});
  auto r = api("q=tazka&type=organisation");
  EXPECT_EQ(r["results"][0]["url"], "/organisations/" + std::to_string(*org));
  EXPECT_EQ(r["results"][0]["type"], "organisation");
  // The need's document carries its project's title: found by it too.
  EXPECT_EQ(ids("ingenieur zitoun", "&type=need"), std::vector<std::int64_t>{need});
  auto page = get("/search?q=assainissement&type=need");
  EXPECT_TRUE(contains(page.body, "href=\"/needs/" + std::to_string(need) + "\""));
  EXPECT_TRUE(contains(page.body, "aria-current=\"page\""));
}

TEST_F(Search, EditsAndDeletionsShowAtOnce) {
  auto& db = server->db();
  auto id = st::insert_project(db, carrier, territory, "Bibliothèque d'Ifrane", "");
  auto need = st::insert_need(db, id, "material", "Livres pour Ifrane", "");
  const std::string projects = "&type=project", needs = "&type=need";
  EXPECT_EQ(ids("bibliotheque ifrane", projects), std::vector<std::int64_t>{id});
  ASSERT_TRUE(st::set_project_title(db, id, "Médiathèque d'Ifrane"));
  EXPECT_TRUE(ids("bibliotheque ifrane").empty());
  EXPECT_EQ(ids("mediatheque ifrane", projects), std::vector<std::int64_t>{id});
  EXPECT_EQ(ids("livres mediatheque", needs), std::vector<std::int64_t>{need});  // its need follows
  ASSERT_TRUE(st::delete_project(db, id));
  EXPECT_TRUE(ids("mediatheque ifrane").empty());
  EXPECT_TRUE(ids("livres ifrane").empty());
}

TEST_F(Search, Pagination) {
  auto& db = server->db();
  std::vector<std::int64_t> made;
  for (int i = 0; i < 25; ++i)
    made.push_back(st::insert_project(db, carrier, territory, "Rucher Tamazirt", ""));
  auto p1 = api("q=rucher+tamazirt&per_page=10");
  auto p3 = api("q=rucher+tamazirt&per_page=10&page=3");
  EXPECT_EQ(p1["total"], 25);
  EXPECT_EQ(p1["results"].size(), 10u);
  EXPECT_EQ(p3["results"].size(), 5u);
  auto page = get("/search?q=rucher+tamazirt");
  EXPECT_TRUE(contains(page.body, "rel=\"next\""));
  EXPECT_TRUE(contains(page.body, "page=2"));
  auto last = get("/search?q=rucher+tamazirt&page=2");
  EXPECT_FALSE(contains(last.body, "rel=\"next\""));
  EXPECT_TRUE(contains(last.body, "rel=\"prev\""));
}

TEST_F(Search, TextIsEscaped) {
  auto& db = server->db();
  st::insert_project(db, carrier, territory, "<script>alert(1)</script> Zagora", "");
  auto page = get("/search?q=zagora");
  EXPECT_FALSE(contains(page.body, "<script>alert"));
  EXPECT_TRUE(contains(page.body, "&lt;script&gt;"));
  auto q = get("/search?q=" + http::percent_encode("\"><script>x</script>"));
  EXPECT_EQ(q.status, 200);
  EXPECT_FALSE(contains(q.body, "<script>x"));
}

TEST_F(Search, EmptyAndStopWordQueriesShowTheHint) {
  for (const char* q : {"/search", "/search?q=", "/search?q=de+la"}) {
    auto r = get(q);
    EXPECT_EQ(r.status, 200) << q;
    EXPECT_FALSE(contains(r.body, "search-results")) << q;
  }
  auto j = api("q=");
  EXPECT_EQ(j["total"], 0);
  EXPECT_TRUE(j["results"].empty());
}

TEST_F(Search, BadInputGetsAClearMessage) {
  std::string long_query(201, 'a');
  auto r = get("/search?q=" + long_query);
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "200"));  // the message names the limit
  auto bad_type = get("/search?q=eau&type=planet");
  EXPECT_EQ(bad_type.status, 422);
  auto bad_page = get("/api/v1/search?q=eau&page=0");
  EXPECT_EQ(bad_page.status, 422);
  auto j = nlohmann::json::parse(bad_page.body, nullptr, false);
  EXPECT_TRUE(contains(j["error"]["fields"].dump(), "page")) << bad_page.body;
  auto bad_utf8 = get("/api/v1/search?q=%FF");
  EXPECT_EQ(bad_utf8.status, 422);
  auto too_many = get("/api/v1/search?q=eau&per_page=1000");
  EXPECT_EQ(too_many.status, 422);
}

TEST_F(Search, ASecondInstanceFollowsTheChangeLog) {
  // Another process on the same database: its index learns of a write through the log.
  auto& db = server->db();
  auto id = st::insert_project(db, carrier, territory, "Forage solaire d'Agouns", "");
  ASSERT_GT(id, 0);
  EXPECT_EQ(ids("forage agouns"), std::vector<std::int64_t>{id});
  search_feature::SearchIndex other(db);
  ASSERT_TRUE(other.build().ok());
  search_feature::Request req;
  req.q = "forage agouns";
  EXPECT_EQ(other.search(req, i18n::Lang::fr).total, 1u);
  ASSERT_TRUE(st::set_project_title(db, id, "Pompage solaire d'Agouns"));
  const std::int64_t changed[] = {id};
  ASSERT_TRUE(other.refresh_projects(changed).ok());
  EXPECT_EQ(other.search(req, i18n::Lang::fr).total, 0u);
}

}  // namespace
}  // namespace comdev::testing
