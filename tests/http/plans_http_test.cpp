// Development plans over real HTTP on both databases: a commune's verified representative creates
// a plan and imports its actions from CSV (template download; Windows-1252; per-row report;
// nothing written before confirmation; a rejected file imports nothing; a repeated confirmation
// adds nothing twice); someone who is not a representative of the commune is refused with a clear
// message and nothing changes; a negative budget is refused; the demo plans are loaded.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/organisations/organisation_store.h"
#include "features/plans/plan_store.h"
#include "http/percent.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using http::testing::ClientResponse;

std::string multipart(const std::string& csrf, const std::string& file) {
  return "--XyZbOuNdArY\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf +
         "\r\n--XyZbOuNdArY\r\nContent-Disposition: form-data; name=\"file\"; "
         "filename=\"pcd.csv\"\r\nContent-Type: text/csv\r\n\r\n" +
         file + "\r\n--XyZbOuNdArY--\r\n";
}

// The value of every hidden input named `name`, in order.
std::vector<std::string> hidden_values(std::string_view html, std::string_view name) {
  std::vector<std::string> out;
  std::string marker = "name=\"" + std::string(name) + "\" value=\"";
  for (auto p = html.find(marker); p != std::string_view::npos; p = html.find(marker, p)) {
    p += marker.size();
    out.emplace_back(html.substr(p, html.find('"', p) - p));
  }
  return out;
}

// HTML attribute text back to the characters (what a browser submits).
std::string unescape(std::string s) {
  const std::pair<std::string, std::string> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (auto p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) {
      s.replace(p, from.size(), to);
    }
  }
  return s;
}

class Plans : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start();
    animator = sign_in_new_member(db(), Role::animator);
    auto communes = plans::plan_store::communes(db());
    ASSERT_TRUE(communes);
    for (const auto& c : *communes) {
      if (c.name == "Commune d'Arbâa Sahel") commune = c.organisation_id;
    }
    ASSERT_NE(commune, 0) << "demo commune missing";
    rep = representative_of(commune);
    outsider = sign_in_new_member(db(), Role::member);
  }

  store::Db& db() { return server->db(); }

  SignedIn representative_of(std::int64_t org) {
    auto m = sign_in_new_member(db(), Role::member);
    namespace os = organisations::organisation_store;
    EXPECT_TRUE(os::request_representation(db(), org, m.member_id, "secrétaire général"));
    EXPECT_TRUE(os::decide(db(), animator.member_id, org, m.member_id, true, "appel"));
    return m;
  }

  ClientResponse get_as(const SignedIn& who, const std::string& path) {
    Client c(server->port());
    return c.get(path, {{"Cookie", who.cookie}, {"Accept-Language", "fr"}});
  }
  ClientResponse post_form(const SignedIn& who, const std::string& path, const std::string& body) {
    Client c(server->port());
    return c.request("POST", path,
                     {{"Cookie", who.cookie},
                      {"Content-Type", "application/x-www-form-urlencoded"},
                      {"Accept-Language", "fr"}},
                     "_csrf=" + http::percent_encode(who.csrf) + "&" + body);
  }
  ClientResponse upload(const SignedIn& who, const std::string& path, const std::string& file) {
    Client c(server->port());
    return c.request("POST", path,
                     {{"Cookie", who.cookie},
                      {"Content-Type", "multipart/form-data; boundary=XyZbOuNdArY"},
                      {"Accept-Language", "fr"}},
                     multipart(who.csrf, file));
  }

  // A new plan of the commune through the form; its path.
  std::string create_plan(const SignedIn& who, int start) {
    auto r = post_form(who, "/plans",
                       "organisation=" + std::to_string(commune) +
                           "&title=" + http::percent_encode("PAC d'essai") +
                           "&period_start=" + std::to_string(start) +
                           "&period_end=" + std::to_string(start + 5) + "&summary=Essai");
    EXPECT_EQ(r.status, 303) << r.body;
    return r.headers["location"];
  }

  std::int64_t plan_id(const std::string& path) {
    return std::stoll(path.substr(std::string("/plans/").size()));
  }

  std::int64_t action_count(const std::string& path) {
    auto p = plans::plan_store::find(db(), plan_id(path));
    EXPECT_TRUE(p && *p);
    std::int64_t n = 0;
    if (p && *p) {
      for (const auto& a : (*p)->axes) n += static_cast<std::int64_t>(a.actions.size());
    }
    return n;
  }

  std::unique_ptr<TestServer> server;
  SignedIn animator, rep, outsider;
  std::int64_t commune = 0;
};

TEST_F(Plans, TheTemplateIsACsvWithTheExpectedColumns) {
  Client c(server->port());
  auto r = c.get("/plans/import-template.csv");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(r.headers["content-type"].starts_with("text/csv"));
  EXPECT_TRUE(
      r.body.starts_with("\xef\xbb\xbf"
                         "axe;action;priorite;budget;devise;statut;douars"));
}

TEST_F(Plans, ARepresentativeImportsFromWindows1252AfterSeeingTheReport) {
  auto path = create_plan(rep, 2028);
  ASSERT_TRUE(path.starts_with("/plans/"));
  auto form = get_as(rep, path + "/import");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "/plans/import-template.csv"));

  // Windows-1252 (é = 0xE9), ';'-separated, one bad row among three.
  std::string csv =
      "axe;action;priorit\xe9;budget;devise;statut;douars\r\n"
      "Assainissement;\xc9tude d'assainissement liquide;haute;350 000;MAD;pr\xe9vue;Iferda\r\n"
      "Eau potable;Ch\xe2teau d'eau;urgente;-3;MAD;;\r\n"
      "Sant\xe9;Dispensaire de Bouzerz;moyenne;1.200.000,50;MAD;en cours;bouzerz\r\n";
  auto preview = upload(rep, path + "/import", csv);
  ASSERT_EQ(preview.status, 200) << preview.body;
  EXPECT_TRUE(contains(preview.body, "2 actions peuvent être importées"));
  EXPECT_TRUE(contains(preview.body, "Étude d&#39;assainissement liquide"));
  EXPECT_TRUE(contains(preview.body, "Priorité inconnue"));
  EXPECT_TRUE(contains(preview.body, "Budget illisible ou négatif"));
  EXPECT_EQ(action_count(path), 0) << "nothing is written before confirmation";

  auto chunks = hidden_values(preview.body, "csv");
  ASSERT_FALSE(chunks.empty());
  std::string body = "confirm=1";
  for (const auto& c : chunks) body += "&csv=" + http::percent_encode(unescape(c));
  auto done = post_form(rep, path + "/import", body);
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(done.headers["location"], path + "?imported=2");
  EXPECT_EQ(action_count(path), 2);

  auto page = get_as(rep, path + "?imported=2");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "2 actions importées"));
  EXPECT_TRUE(contains(page.body, "Étude d&#39;assainissement liquide"));
  EXPECT_TRUE(contains(page.body, "Iferda"));
  EXPECT_TRUE(contains(page.body, "/projects/new?action="));
  auto plan = plans::plan_store::find(db(), plan_id(path));
  ASSERT_TRUE(plan && *plan);
  const auto& first = (*plan)->axes.at(0).actions.at(0);
  EXPECT_EQ(first.priority, "high");
  EXPECT_EQ(first.budget_minor, 35000000);
  EXPECT_EQ((*plan)->axes.at(1).actions.at(0).budget_minor, 120000050);
  EXPECT_EQ((*plan)->axes.at(1).actions.at(0).status, "in_progress");

  // The same confirmation again (a double click, a retry) adds nothing.
  auto again = post_form(rep, path + "/import", body);
  ASSERT_EQ(again.status, 303);
  EXPECT_EQ(again.headers["location"], path + "?imported=0");
  EXPECT_EQ(action_count(path), 2);

  // The action serves a project: other features read it.
  auto ref = plans::plan_store::find_action(db(), first.id);
  ASSERT_TRUE(ref && *ref);
  EXPECT_EQ((*ref)->organisation_id, commune);
  EXPECT_EQ((*ref)->axis, "Assainissement");
  EXPECT_EQ((*ref)->douar_ids.size(), 1u);
}

TEST_F(Plans, AFileWithWrongColumnsIsRejectedWholeAndNamesThem) {
  auto path = create_plan(rep, 2029);
  auto r = upload(rep, path + "/import", "nom;email;action\nAhmed;a@example.org;Puits\n");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "rien n&#39;a été importé"));
  EXPECT_TRUE(contains(r.body, "Manquantes : axe, priorite"));
  EXPECT_TRUE(contains(r.body, "Inconnues : nom, email"));
  EXPECT_FALSE(contains(r.body, "name=\"confirm\""));
  EXPECT_EQ(action_count(path), 0);
  // No file at all.
  auto none = upload(rep, path + "/import", "");
  EXPECT_EQ(none.status, 422);
  EXPECT_TRUE(contains(none.body, "Choisissez un fichier CSV"));
}

TEST_F(Plans, SomeoneWhoIsNotARepresentativeOfTheCommuneIsRefused) {
  auto path = create_plan(rep, 2030);
  const std::string csv = "axe;action;priorite\nEau;Puits;haute\n";
  auto page = get_as(outsider, path + "/import");
  EXPECT_EQ(page.status, 403);
  EXPECT_TRUE(contains(page.body, "Seuls les représentants vérifiés de la commune"));
  EXPECT_EQ(upload(outsider, path + "/import", csv).status, 403);
  EXPECT_EQ(
      post_form(outsider, path + "/import", "confirm=1&csv=" + http::percent_encode(csv)).status,
      403);
  EXPECT_EQ(post_form(outsider, path + "/actions/new", "axis=Eau&title=Puits&priority=high").status,
            403);
  EXPECT_EQ(post_form(outsider, path + "/edit", "title=X&period_start=2030&period_end=2031").status,
            403);
  EXPECT_EQ(action_count(path), 0);
  // Creating a plan for that commune is refused too, and the page says why.
  auto created = post_form(
      outsider, "/plans",
      "organisation=" + std::to_string(commune) + "&title=Faux&period_start=2031&period_end=2032");
  EXPECT_EQ(created.status, 403);
  EXPECT_TRUE(contains(created.body, "Seuls les représentants vérifiés"));
  // A representative of another commune cannot write this commune's plan either.
  std::int64_t other = 0;
  auto communes = plans::plan_store::communes(db());
  ASSERT_TRUE(communes);
  for (const auto& c : *communes) {
    if (c.organisation_id != commune && other == 0) other = c.organisation_id;
  }
  ASSERT_NE(other, 0);
  auto other_rep = representative_of(other);
  EXPECT_EQ(upload(other_rep, path + "/import", csv).status, 403);
  EXPECT_EQ(action_count(path), 0);
  // A visitor reads the plan but has no edit links.
  Client c(server->port());
  auto visitor = c.get(path, {{"Accept-Language", "fr"}});
  EXPECT_EQ(visitor.status, 200);
  EXPECT_FALSE(contains(visitor.body, path + "/import\""));
}

TEST_F(Plans, AnActionWithANegativeBudgetIsRefusedAndNothingIsSaved) {
  auto path = create_plan(rep, 2031);
  auto bad = post_form(rep, path + "/actions/new",
                       "new_axis=Eau&title=Puits&priority=high&budget=-500&currency=MAD&"
                       "status=planned");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "Le budget doit être un montant positif"));
  EXPECT_EQ(action_count(path), 0);
  auto good = post_form(rep, path + "/actions/new",
                        "new_axis=Eau&title=Puits&priority=high&budget=500&currency=EUR&"
                        "status=planned");
  EXPECT_EQ(good.status, 303) << good.body;
  EXPECT_EQ(action_count(path), 1);
  // A period ending before it starts, and the same period twice, are refused.
  auto order = post_form(rep, path + "/edit", "title=X&period_start=2031&period_end=2020");
  EXPECT_EQ(order.status, 422);
  EXPECT_TRUE(contains(order.body, "La dernière année ne peut pas précéder la première"));
  auto twice = post_form(rep, "/plans",
                         "organisation=" + std::to_string(commune) +
                             "&title=Encore&period_start=2031&period_end=2032");
  EXPECT_EQ(twice.status, 409);
}

TEST_F(Plans, TheDemoPlansAreListedAndServedAsJson) {
  Client c(server->port());
  auto list = c.get("/plans", {{"Accept-Language", "fr"}});
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(contains(list.body, "Plan communal de développement d&#39;Arbâa Sahel 2011-2016"));
  auto api = c.get("/api/v1/plans");
  ASSERT_EQ(api.status, 200);
  auto j = nlohmann::json::parse(api.body);
  ASSERT_FALSE(j["plans"].empty());
  auto id = j["plans"][0]["id"].get<std::int64_t>();
  auto one = c.get("/api/v1/plans/" + std::to_string(id));
  ASSERT_EQ(one.status, 200);
  auto p = nlohmann::json::parse(one.body);
  EXPECT_FALSE(p["axes"].empty());
  EXPECT_EQ(c.get("/api/v1/plans/999999").status, 404);
  auto ar = c.get("/plans/" + std::to_string(id), {{"Accept-Language", "ar"}});
  EXPECT_EQ(ar.status, 200);
  EXPECT_TRUE(contains(ar.body, "dir=\"rtl\""));
  // Shared on WhatsApp or Facebook, a plan shows its title.
  EXPECT_TRUE(contains(ar.body, "<meta property=\"og:title\""));
  EXPECT_TRUE(contains(ar.body, "/plans/" + std::to_string(id) + "\">"));
}

}  // namespace
}  // namespace comdev::testing
