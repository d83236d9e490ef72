// Investment opportunities on both databases: the demo opportunities are listed with the notice
// that nothing is a public offering (French and Arabic), filtered with counts, found by a French
// word and by an Arabic one, drawn on the map; a member's own project stays private until an
// animator publishes it, then is found at once; bad input (a reversed range, a negative amount,
// three decimals, an unknown sector or commune, dollars) gets a clear message and creates
// nothing; the API lists with the same filters, names unknown filter values, hides the contact
// line and takes "I'm interested" once.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "http/percent.h"
#include "opportunities_test_store.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using nlohmann::json;
namespace os = opportunities_test_store;

class Opportunities : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    animator = sign_in_new_member(server->db(), Role::animator);
    rep = os::represented(server->db(), animator, "Commune des tests d'opportunités");
  }

  http::testing::ClientResponse get(const std::string& path, const std::string& lang = "fr",
                                    const std::string& token = "") {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> h{{"Accept-Language", lang}};
    if (!token.empty()) h.emplace_back("Authorization", "Bearer " + token);
    return c.get(path, h);
  }

  json api(const std::string& path, int expected = 200) {
    auto r = get(path);
    EXPECT_EQ(r.status, expected) << path << ": " << r.body;
    return json::parse(r.body, nullptr, false);
  }

  std::vector<std::string> titles(const json& j) {
    std::vector<std::string> out;
    for (const auto& o : j.value("opportunities", json::array()))
      out.push_back(o.value("title", ""));
    return out;
  }

  http::testing::ClientResponse post_json(const std::string& path, const std::string& token,
                                          const json& body) {
    Client c(server->port());
    return c.request("POST", path,
                     {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
                     body.dump());
  }

  std::string offer_form(const std::string& title, const std::string& extra) {
    return "kind=offer&title=" + http::percent_encode(title) +
           "&description=Une%20offre%20claire.&sector=agriculture&stage=ready&commune=" +
           std::to_string(os::territory(server->db(), "taliouine")) +
           "&publisher=" + std::to_string(rep.organisation) + "&contact=Guichet" + extra +
           (contains(extra, "currency=") ? "" : "&currency=MAD");
  }

  std::unique_ptr<TestServer> server;
  SignedIn animator;
  os::Represented rep;
};

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST_F(Opportunities, TheListSaysNothingIsAPublicOfferingInEachLanguage) {
  auto fr = get("/opportunities", "fr");
  ASSERT_EQ(fr.status, 200);
  EXPECT_TRUE(contains(fr.body, "offre au public de titres financiers"));
  EXPECT_TRUE(contains(fr.body, "Unité de conditionnement du safran de Taliouine"));
  EXPECT_TRUE(contains(fr.body, "Centre Régional d&#39;Investissement Souss-Massa") ||
              contains(fr.body, "Centre Régional d'Investissement Souss-Massa"));
  auto ar = get("/opportunities", "ar");
  EXPECT_TRUE(contains(ar.body, "عرضاً عاماً لأوراق مالية"));
  EXPECT_TRUE(contains(ar.body, "dir=\"rtl\""));
  auto en = get("/opportunities", "en");
  EXPECT_TRUE(contains(en.body, "public offering of securities"));
  auto id = os::id_titled(server->db(), "Unité de conditionnement du safran de Taliouine");
  auto show = get("/opportunities/" + std::to_string(id), "ar");
  EXPECT_EQ(show.status, 200);
  EXPECT_TRUE(contains(show.body, "عرضاً عاماً لأوراق مالية"));
  // A visitor sees who to contact only once introduced: never the contact line itself.
  EXPECT_FALSE(contains(show.body, "Bureau d&#39;accueil des migrants"));
  EXPECT_FALSE(contains(show.body, "Bureau d'accueil des migrants"));
}

TEST_F(Opportunities, FiltersCountAndSearchFindsFrenchAndArabicWords) {
  auto all = api("/api/v1/opportunities");
  EXPECT_GE(all.value("total", 0), 5);
  EXPECT_TRUE(contains(all.value("notice", ""), "public offering"));
  auto kinds = all["facets"]["kind"];
  ASSERT_TRUE(kinds.is_array());
  int offers = 0, projects = 0;
  for (const auto& k : kinds) {
    if (k["value"] == "offer") offers = k["count"];
    if (k["value"] == "migrant_project") projects = k["count"];
  }
  EXPECT_GE(offers, 3);
  EXPECT_GE(projects, 2);

  auto eur = api("/api/v1/opportunities?kind=migrant_project&amount=eur-medium");
  EXPECT_TRUE(has(titles(eur), "Maison d'hôtes familiale à Tazenakht"));
  EXPECT_EQ(eur.value("total", 0), 1);

  EXPECT_TRUE(has(titles(api("/api/v1/opportunities?q=safran")),
                  "Unité de conditionnement du safran de Taliouine"));
  // An Arabic word finds the Arabic project; an Arabic place name finds a French text.
  EXPECT_TRUE(has(titles(api("/api/v1/opportunities?q=" + http::percent_encode("الأركان"))),
                  "وحدة لتثمين زيت الأركان بتيزنيت"));
  EXPECT_TRUE(has(titles(api("/api/v1/opportunities?q=" + http::percent_encode("تالوين"))),
                  "Unité de conditionnement du safran de Taliouine"));
  auto tourism = api("/api/v1/opportunities?sector=rural_tourism&stage=ready");
  EXPECT_TRUE(has(titles(tourism), "Gîte rural et circuits de randonnée à Tafraout"));
  EXPECT_EQ(tourism.value("total", 0), 1);

  // The page: a filter value shows its count, and the map is fed with the same filters.
  auto page = get("/opportunities?sector=rural_tourism");
  EXPECT_TRUE(contains(page.body, "Gîte rural et circuits de randonnée à Tafraout"));
  EXPECT_FALSE(contains(page.body, "Unité de conditionnement du safran de Taliouine"));
  EXPECT_TRUE(contains(page.body, "/api/v1/opportunities.geojson?sector=rural_tourism"));
  auto geo = api("/api/v1/opportunities.geojson?sector=rural_tourism");
  ASSERT_TRUE(geo["features"].is_array());
  EXPECT_GE(geo["features"].size(), 2u);
  EXPECT_TRUE(contains(geo["features"][0]["properties"].value("url", ""), "/opportunities/"));

  auto bad = api("/api/v1/opportunities?sector=mining&amount=usd-small", 422);
  EXPECT_TRUE(contains(bad.dump(), "sector"));
  EXPECT_TRUE(contains(bad.dump(), "amount"));
}

TEST_F(Opportunities, BadAmountsAndPlacesAreRefusedWithAClearMessage) {
  const auto p = server->port();
  const auto& who = rep.representative;
  struct Case {
    std::string name, extra, message;
  };
  std::vector<Case> cases = {
      {"min above max", "&amount_min=900000&amount_max=100000",
       "le maximum doit être au moins égal au minimum"},
      {"negative", "&amount_min=-5&amount_max=100000", "supérieur à zéro"},
      {"three decimals", "&amount_min=1500%2C505&amount_max=100000", "deux chiffres après"},
      {"words", "&amount_min=beaucoup&amount_max=100000", "doit être un nombre"},
      {"dollars", "&amount_min=100&amount_max=200&currency=USD", "MAD ou EUR seulement"},
  };
  for (const auto& c : cases) {
    std::string title = "Refusée : " + c.name;
    auto r = post_form(p, who, "/opportunities/new", offer_form(title, c.extra));
    EXPECT_EQ(r.status, 422) << c.name;
    EXPECT_TRUE(contains(r.body, c.message)) << c.name;
    EXPECT_EQ(os::count_titled(server->db(), title), 0) << c.name;
  }
  std::string unknown_sector =
      "kind=offer&title=Refus%C3%A9e%20secteur&description=D.&sector=mining&stage=ready&commune=" +
      std::to_string(os::territory(server->db(), "taliouine")) +
      "&currency=MAD&amount_min=1&amount_max=2&contact=C&publisher=" +
      std::to_string(rep.organisation);
  auto s = post_form(p, who, "/opportunities/new", unknown_sector);
  EXPECT_EQ(s.status, 422);
  EXPECT_TRUE(contains(s.body, "choisissez un secteur de la liste"));
  std::string unknown_commune =
      "kind=offer&title=Refus%C3%A9e%20commune&description=D.&sector=water&stage=ready"
      "&commune=999999&currency=MAD&amount_min=1&amount_max=2&contact=C&publisher=" +
      std::to_string(rep.organisation);
  auto cm = post_form(p, who, "/opportunities/new", unknown_commune);
  EXPECT_EQ(cm.status, 422);
  EXPECT_TRUE(contains(cm.body, "choisissez une commune de la liste"));
  // A province is not a commune.
  auto province =
      post_form(p, who, "/opportunities/new",
                "kind=offer&title=Refus%C3%A9e%20province&description=D.&sector=water&stage=ready"
                "&commune=" +
                    std::to_string(os::territory(server->db(), "taroudant")) +
                    "&currency=MAD&amount_min=1&amount_max=2&contact=C&publisher=" +
                    std::to_string(rep.organisation));
  EXPECT_EQ(province.status, 422);
  EXPECT_EQ(os::count_titled(server->db(), "Refusée commune"), 0);
  EXPECT_EQ(os::count_titled(server->db(), "Refusée province"), 0);

  // The same form, well filled, is published at once in the organisation's name.
  auto ok =
      post_form(p, who, "/opportunities/new",
                offer_form("Acceptée : pressoir", "&amount_min=250%20000&amount_max=400000,50"));
  EXPECT_EQ(ok.status, 303) << ok.body;
  auto id = os::id_titled(server->db(), "Acceptée : pressoir");
  EXPECT_EQ(os::state_of(server->db(), id), "published");
  EXPECT_EQ(os::scalar(server->db(), "SELECT amount_max FROM opportunities WHERE id = $1", id),
            40000050);
}

TEST_F(Opportunities, AMembersProjectIsPrivateUntilAnAnimatorPublishesIt) {
  const auto p = server->port();
  auto diaspora = sign_in_new_member(server->db(), Role::member);
  auto r = post_form(p, diaspora, "/opportunities/new",
                     "kind=migrant_project&title=Pressoir%20d%27huile%20d%27olive%20%C3%A0%20"
                     "Taliouine&description=Mon%20projet.&sector=agriculture&stage=idea&commune=" +
                         std::to_string(os::territory(server->db(), "taliouine")) +
                         "&currency=EUR&amount_min=40000&amount_max=90000&contact=moi");
  ASSERT_EQ(r.status, 303) << r.body;
  auto id = os::id_titled(server->db(), "Pressoir d'huile d'olive à Taliouine");
  EXPECT_EQ(os::state_of(server->db(), id), "submitted");
  EXPECT_EQ(get("/opportunities/" + std::to_string(id)).status, 404);
  EXPECT_FALSE(
      has(titles(api("/api/v1/opportunities?q=pressoir")), "Pressoir d'huile d'olive à Taliouine"));
  EXPECT_TRUE(
      contains(get_as(p, animator, "/opportunities").body,
               "Pressoir d&#39;huile d&#39;olive à Taliouine") ||
      contains(get_as(p, animator, "/opportunities").body, "Pressoir d'huile d'olive à Taliouine"));
  auto published = post_form(p, animator, "/opportunities/" + std::to_string(id) + "/publish", "");
  EXPECT_EQ(published.status, 303);
  EXPECT_TRUE(
      has(titles(api("/api/v1/opportunities?q=pressoir")), "Pressoir d'huile d'olive à Taliouine"));
  EXPECT_EQ(os::notifications(server->db(), diaspora.member_id, "opportunity_published"), 1);
}

// A project sent back is its author's to correct and submit again; nobody else's.
TEST_F(Opportunities, AProjectSentBackIsCorrectedAndSubmittedAgainByItsAuthor) {
  const auto p = server->port();
  auto& db = server->db();
  auto author = sign_in_new_member(db, Role::member);
  auto other = sign_in_new_member(db, Role::member);
  const std::string commune = std::to_string(os::territory(db, "taliouine"));
  auto form = [&](const std::string& title, const std::string& amount_max) {
    return "kind=migrant_project&title=" + http::percent_encode(title) +
           "&description=Mon%20projet.&sector=agriculture&stage=idea&commune=" + commune +
           "&currency=EUR&amount_min=40000&amount_max=" + amount_max + "&contact=moi";
  };
  ASSERT_EQ(post_form(p, author, "/opportunities/new", form("Séchoir à safran", "90000")).status,
            303);
  auto id = os::id_titled(db, "Séchoir à safran");
  const std::string url = "/opportunities/" + std::to_string(id);
  // Nothing to correct while it waits for review.
  EXPECT_EQ(get_as(p, author, url + "/edit").status, 403);
  EXPECT_EQ(post_form(p, author, url + "/resubmit", "").status, 403);
  ASSERT_EQ(post_form(p, animator, url + "/send-back",
                      "note=" + http::percent_encode("Précisez le montant."))
                .status,
            303);
  ASSERT_EQ(os::state_of(db, id), "draft");

  // The author sees the note and the way to correct; another member sees nothing.
  auto page = get_as(p, author, url);
  EXPECT_TRUE(contains(page.body, "Précisez le montant."));
  EXPECT_TRUE(contains(page.body, url + "/edit"));
  EXPECT_EQ(get_as(p, other, url + "/edit").status, 404);
  EXPECT_EQ(post_form(p, other, url + "/edit", form("Détourné", "1000")).status, 404);
  auto edit_form = get_as(p, author, url + "/edit");
  ASSERT_EQ(edit_form.status, 200);
  EXPECT_TRUE(contains(edit_form.body, "Séchoir à safran"));
  EXPECT_TRUE(contains(edit_form.body, "90000.00")) << edit_form.body.substr(0, 3000);

  // A bad correction is refused with the form; a good one is saved, the kind kept.
  EXPECT_EQ(post_form(p, author, url + "/edit", form("Séchoir à safran", "-5")).status, 422);
  auto saved = post_form(p, author, url + "/edit",
                         form("Séchoir à safran de Taliouine", "75000") + "&kind=offer");
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 500);
  EXPECT_EQ(os::text(db, "SELECT title FROM opportunities WHERE id = $1", id),
            "Séchoir à safran de Taliouine");
  EXPECT_EQ(os::text(db, "SELECT kind FROM opportunities WHERE id = $1", id), "migrant_project");
  EXPECT_EQ(os::scalar(db, "SELECT amount_max FROM opportunities WHERE id = $1", id), 7500000);

  // Submitted again: back in the animators' queue, no longer editable.
  EXPECT_EQ(post_form(p, other, url + "/resubmit", "").status, 404);
  ASSERT_EQ(post_form(p, author, url + "/resubmit", "").status, 303);
  EXPECT_EQ(os::state_of(db, id), "submitted");
  EXPECT_EQ(post_form(p, author, url + "/resubmit", "").status, 403);
  EXPECT_EQ(post_form(p, author, url + "/edit", form("Encore", "1000")).status, 403);
  EXPECT_EQ(post_form(p, animator, url + "/publish", "").status, 303);
  EXPECT_EQ(os::state_of(db, id), "published");
  EXPECT_EQ(os::scalar(db,
                       "SELECT COUNT(*) FROM audit_log WHERE subject_type = 'opportunity' AND "
                       "subject_id = $1 AND action IN ('opportunity.edited', "
                       "'opportunity.resubmitted')",
                       id),
            2);
}

TEST_F(Opportunities, TheApiTakesInterestOnceAndHidesTheContact) {
  auto id = os::id_titled(server->db(), "Gîte rural et circuits de randonnée à Tafraout");
  auto shown = api("/api/v1/opportunities/" + std::to_string(id));
  EXPECT_TRUE(shown["contact"].is_null());
  EXPECT_EQ(shown.value("currency", ""), "MAD");
  EXPECT_EQ(shown.value("amount_min", ""), "1200000.00");
  auto investor = sign_in_new_member(server->db(), Role::member);
  auto token = token_of(server->port(), investor);
  const std::string path = "/api/v1/opportunities/" + std::to_string(id) + "/interests";
  auto three = post_json(path, token,
                         {{"about", "Investisseur"},
                          {"interest", "Exploiter le gîte"},
                          {"amount", "10,123"},
                          {"currency", "EUR"},
                          {"contact", "+33 6"}});
  EXPECT_EQ(three.status, 422);
  EXPECT_TRUE(contains(three.body, "amount"));
  auto usd = post_json(path, token,
                       {{"about", "Investisseur"},
                        {"interest", "Exploiter le gîte"},
                        {"amount", "1000"},
                        {"currency", "USD"},
                        {"contact", "+33 6"}});
  EXPECT_EQ(usd.status, 422);
  auto ok = post_json(path, token,
                      {{"about", "Investisseur"},
                       {"interest", "Exploiter le gîte"},
                       {"amount", "150 000"},
                       {"currency", "EUR"},
                       {"contact", "+33 6"}});
  EXPECT_EQ(ok.status, 201) << ok.body;
  auto body = json::parse(ok.body, nullptr, false);
  EXPECT_EQ(body.value("amount", ""), "150000.00");
  auto again = post_json(
      path, token,
      {{"about", "Investisseur"}, {"interest", "Exploiter le gîte"}, {"contact", "+33 6"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(os::requests_of(server->db(), id), 1);
  auto as_investor = get("/api/v1/opportunities/" + std::to_string(id), "fr", token);
  auto j = json::parse(as_investor.body, nullptr, false);
  ASSERT_EQ(j["my_requests"].size(), 1u);
  EXPECT_EQ(j["my_requests"][0].value("state", ""), "requested");
  EXPECT_TRUE(j["contact"].is_null());
  Client anonymous(server->port());
  auto nobody = anonymous.request("POST", path, {{"Content-Type", "application/json"}},
                                  json{{"about", "x"}}.dump());
  EXPECT_EQ(nobody.status, 401);
}

TEST_F(Opportunities, AnAnimatorDeclinesWithAReasonAndAMemberMayWithdraw) {
  auto& db = server->db();
  const auto p = server->port();
  auto id = os::id_titled(db, "Gîte rural et circuits de randonnée à Tafraout");
  const std::string url = "/opportunities/" + std::to_string(id);
  auto investor = sign_in_new_member(db, Role::member);
  auto stranger = sign_in_new_member(db, Role::member);
  const std::string ask =
      "about=Guide%20de%20montagne&interest=Exploiter%20le%20g%C3%AEte"
      "&contact=guide%40example.org";
  ASSERT_EQ(post_form(p, investor, url + "/interest", ask).status, 303);
  auto first = os::last_request(db, id);
  const std::string decline = "/opportunities/requests/" + std::to_string(first) + "/decline";
  // Without a reason: refused, the request still waits.
  auto bare = post_form(p, animator, decline, "note=%20%20");
  EXPECT_EQ(bare.status, 422);
  EXPECT_TRUE(contains(bare.body, "donnez une raison"));
  EXPECT_EQ(os::request_state(db, first), "requested");
  // A member cannot decline, and learns nothing of the request.
  EXPECT_EQ(post_form(p, stranger, decline, "note=Non").status, 404);
  auto declined =
      post_form(p, animator, decline, "note=L%27exploitant%20est%20d%C3%A9j%C3%A0%20choisi.");
  EXPECT_EQ(declined.status, 303);
  EXPECT_EQ(os::request_state(db, first), "declined");
  EXPECT_EQ(os::notifications(db, investor.member_id, "opportunity_interest_declined"), 1);
  auto mine = get_as(p, investor, "/me/opportunities");
  EXPECT_TRUE(contains(mine.body, "exploitant est déjà choisi"));
  EXPECT_FALSE(contains(mine.body, "Service du développement économique"));
  // Declined is final: a new request may be sent, then withdrawn by its author only.
  ASSERT_EQ(post_form(p, investor, url + "/interest", ask).status, 303);
  auto second = os::last_request(db, id);
  ASSERT_NE(second, first);
  const std::string withdraw = "/opportunities/requests/" + std::to_string(second) + "/withdraw";
  EXPECT_EQ(post_form(p, stranger, withdraw, "").status, 404);
  EXPECT_EQ(os::request_state(db, second), "requested");
  EXPECT_EQ(post_form(p, investor, withdraw, "").status, 303);
  EXPECT_EQ(os::request_state(db, second), "withdrawn");
  EXPECT_EQ(post_form(p, investor, withdraw, "").status, 409);
}

}  // namespace
}  // namespace comdev::testing
