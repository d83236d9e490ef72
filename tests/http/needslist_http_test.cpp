// The list of open needs across projects, on both databases: /needs with its filters and counts
// (a plain GET form), newest first, pages and late pages, a need closed or added showing on the
// next request; GET /api/v1/needs with the same filters, pagination and JSON errors for bad
// input. Needs are written through fixtures straight to the tables (with their change-log rows),
// so the demo community's own needs may be there too: assertions use filters only these tests
// use (a month of 2031) or differences.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/needslist/needslist_fixture_store.h"
#include "features/territories/territory_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
namespace fx = needslist::fixture_store;

class NeedsList : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start();
    auto find = [&](const char* slug) {
      auto t = territories::territory_store::find_by_slug(server->db(), slug);
      EXPECT_TRUE(t.ok() && *t) << slug;
      return t.ok() && *t ? (*t)->id : 0;
    };
    taliouine = find("taliouine");
    tafraout = find("tafraout");
    tiznit = find("tiznit");
    auto a = fx::project(server->db(), "Adduction d'eau de Tafraout", tafraout, {"water"});
    auto b = fx::project(server->db(), "École de Taliouine", taliouine, {"education"});
    ASSERT_TRUE(a.ok() && b.ok());
    water_project = *a;
    school_project = *b;
    sanitation = *fx::skill_id(server->db(), "sanitation");
  }

  std::int64_t skill_need(std::int64_t project, std::string title, std::string mode = "remote") {
    fx::FixtureNeed n;
    n.project_id = project;
    n.title = std::move(title);
    n.mode = std::move(mode);
    n.period_start = "2031-03-01";
    n.period_end = "2031-04-30";
    n.effort_days = 12;
    n.skill_ids = {sanitation};
    auto id = fx::need(server->db(), n);
    EXPECT_TRUE(id.ok()) << id.error().detail;
    return id.ok() ? *id : 0;
  }

  std::int64_t funding_need(std::int64_t project, std::string title) {
    fx::FixtureNeed n;
    n.project_id = project;
    n.kind = "funding";
    n.title = std::move(title);
    n.amount_minor = 15000000;
    n.currency = "MAD";
    auto id = fx::need(server->db(), n);
    EXPECT_TRUE(id.ok()) << id.error().detail;
    return id.ok() ? *id : 0;
  }

  http::testing::ClientResponse get(const std::string& path, const std::string& lang = "fr") {
    Client c(server->port());
    return c.get(path, {{"Accept-Language", lang}});
  }
  nlohmann::json api(const std::string& query) {
    auto r = get("/api/v1/needs?" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return nlohmann::json::parse(r.body, nullptr, false);
  }
  static std::int64_t facet(const nlohmann::json& j, const std::string& name,
                            const std::string& value) {
    for (const auto& v : j["facets"][name])
      if (v["value"] == value) return v["count"].get<std::int64_t>();
    return -1;
  }

  std::unique_ptr<TestServer> server;
  std::int64_t taliouine = 0, tafraout = 0, tiznit = 0, water_project = 0, school_project = 0;
  std::int64_t sanitation = 0;
};

TEST_F(NeedsList, ThePageListsOpenNeedsWithFiltersAndCounts) {
  skill_need(water_project, "Étude d'assainissement du douar");
  skill_need(school_project, "Plan de la cantine", "on_site");
  auto closed = skill_need(water_project, "Déjà trouvé");
  ASSERT_TRUE(fx::set_status(server->db(), closed, "satisfied").ok());

  auto r = get("/needs?period=2031-03");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(contains(r.body, "Étude d&#39;assainissement du douar"));
  EXPECT_TRUE(contains(r.body, "Plan de la cantine"));
  EXPECT_FALSE(contains(r.body, "Déjà trouvé")) << "satisfied needs are not listed";
  EXPECT_TRUE(contains(r.body, "<form method=\"get\" action=\"/needs\""));
  EXPECT_TRUE(contains(r.body, "<option value=\"2031-03\" selected=\"selected\">mars 2031 (2)"));
  EXPECT_TRUE(contains(r.body, "<option value=\"remote\">À distance (1)")) << r.body;
  EXPECT_TRUE(contains(r.body, "<option value=\"" + std::to_string(tafraout) + "\">Tafraout (1)"));
  EXPECT_TRUE(contains(r.body, "2 besoins ouverts"));

  // Two filters: the commune's own facet still offers the other commune with its count.
  r = get("/needs?period=2031-03&commune=" + std::to_string(taliouine));
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(contains(r.body, "Plan de la cantine"));
  EXPECT_FALSE(contains(r.body, "Étude d&#39;assainissement"));
  EXPECT_TRUE(contains(r.body, "<option value=\"" + std::to_string(tafraout) + "\">Tafraout (1)"));
  EXPECT_TRUE(contains(r.body, "1 besoin ouvert"));
  EXPECT_TRUE(contains(r.body, "href=\"/needs\"")) << "a link clears the filters";

  // An unknown value in an old link is dropped, not an error page.
  r = get("/needs?period=2031-03&commune=no-such-place&sector=nope");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(contains(r.body, "2 besoins ouverts"));
}

TEST_F(NeedsList, ANeedWrittenOrClosedShowsOnTheNextRequest) {
  EXPECT_TRUE(contains(get("/needs?period=2031-04").body, "0 besoin ouvert") ||
              contains(get("/needs?period=2031-04").body, "Aucun besoin"));
  auto id = skill_need(water_project, "Nouveau besoin");
  EXPECT_TRUE(contains(get("/needs?period=2031-04").body, "Nouveau besoin"));
  ASSERT_TRUE(fx::set_status(server->db(), id, "closed").ok());
  EXPECT_FALSE(contains(get("/needs?period=2031-04").body, "Nouveau besoin"));
  ASSERT_TRUE(fx::set_status(server->db(), id, "open").ok());
  EXPECT_TRUE(contains(get("/needs?period=2031-04").body, "Nouveau besoin"));
  // The project moves to another commune: its needs follow it.
  ASSERT_TRUE(fx::move_project(server->db(), water_project, taliouine).ok());
  auto j = api("period=2031-04&commune=taliouine");
  EXPECT_EQ(j["total"], 1);
}

TEST_F(NeedsList, PagesAreNewestFirstAndALatePageAnswers) {
  for (int i = 1; i <= 45; ++i) skill_need(school_project, "Besoin n" + std::to_string(i));
  auto first = get("/needs?period=2031-03");
  EXPECT_TRUE(contains(first.body, "Besoin n45<"));
  EXPECT_FALSE(contains(first.body, "Besoin n25<"));
  EXPECT_TRUE(contains(first.body, "href=\"/needs?period=2031-03&amp;page=2\" rel=\"next\""));
  EXPECT_TRUE(contains(first.body, "Page 1 sur 3"));
  auto third = get("/needs?period=2031-03&page=3");
  EXPECT_TRUE(contains(third.body, "Besoin n1<"));
  EXPECT_TRUE(contains(third.body, "Besoin n5<"));
  EXPECT_FALSE(contains(third.body, "Besoin n6<"));
  EXPECT_FALSE(contains(third.body, "rel=\"next\""));
  EXPECT_TRUE(contains(third.body, "rel=\"prev\""));
  auto late = get("/needs?period=2031-03&page=500");
  EXPECT_EQ(late.status, 200);
  EXPECT_TRUE(contains(late.body, "href=\"/needs?period=2031-03&amp;page=3\" rel=\"prev\""));

  auto j = api("period=2031-03&per_page=10&page=5");
  EXPECT_EQ(j["total"], 45);
  ASSERT_EQ(j["needs"].size(), 5u);
  EXPECT_EQ(j["needs"][0]["title"], "Besoin n5");
}

TEST_F(NeedsList, TheApiFiltersCountsAndNamesBadInput) {
  skill_need(water_project, "Étude d'assainissement");
  skill_need(school_project, "Plan de la cantine", "on_site");
  auto before = api("type=funding&commune=tafraout")["total"].get<std::int64_t>();
  funding_need(water_project, "Réservoir");

  auto j = api("type=skill&period=2031-03");
  EXPECT_EQ(j["total"], 2);
  EXPECT_EQ(facet(j, "mode", "remote"), 1);
  EXPECT_EQ(facet(j, "mode", "on_site"), 1);
  EXPECT_EQ(facet(j, "skill", "sanitation"), 2);
  EXPECT_EQ(facet(j, "commune", std::to_string(tafraout)), 1);
  EXPECT_EQ(facet(j, "province", std::to_string(tiznit)), 1);
  const auto& n = j["needs"][0];
  EXPECT_EQ(n["title"], "Plan de la cantine");
  EXPECT_EQ(n["commune"]["slug"], "taliouine");
  EXPECT_EQ(n["skills"][0]["slug"], "sanitation");
  EXPECT_EQ(n["period_start"], "2031-03-01");
  EXPECT_EQ(n["url"], "/needs/" + std::to_string(n["id"].get<std::int64_t>()));

  j = api("type=funding&commune=tafraout");
  EXPECT_EQ(j["total"].get<std::int64_t>(), before + 1);
  j = api("type=funding&commune=" + std::to_string(tafraout) + "&sector=water&province=tiznit");
  EXPECT_GE(j["total"].get<std::int64_t>(), 1);

  for (const char* bad :
       {"type=gift", "skill=juggling", "sector=space", "commune=tiznit", "province=tafraout",
        "mode=teleport", "period=2031-13", "page=0", "page=abc", "per_page=1000"}) {
    auto r = get(std::string("/api/v1/needs?") + bad);
    EXPECT_EQ(r.status, 422) << bad;
    auto e = nlohmann::json::parse(r.body, nullptr, false);
    std::string field(bad, std::string_view(bad).find('='));
    ASSERT_TRUE(e.contains("error")) << r.body;
    EXPECT_TRUE(e["error"]["fields"].contains(field)) << r.body;
  }
}

TEST_F(NeedsList, ArabicPageMirrorsAndEscapesWhatMembersWrote) {
  skill_need(water_project, "<script>alert(1)</script>");
  auto r = get("/needs?period=2031-03", "ar");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(contains(r.body, "dir=\"rtl\""));
  EXPECT_TRUE(contains(r.body, "الاحتياجات المفتوحة"));
  EXPECT_TRUE(contains(r.body, "مارس 2031"));
  EXPECT_FALSE(contains(r.body, "<script>alert(1)"));
  EXPECT_TRUE(contains(r.body, "&lt;script&gt;alert(1)"));
}

TEST_F(NeedsList, VisitorsShareACachedPageMembersGetTheirOwn) {
  skill_need(water_project, "Étude d'assainissement");
  Client c(server->port());
  auto zipped = c.get("/needs?period=2031-03", {{"Accept-Encoding", "gzip"}});
  ASSERT_EQ(zipped.status, 200);
  EXPECT_EQ(zipped.headers["content-encoding"], "gzip");
  auto again = c.get("/needs?period=2031-03", {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(again.body, zipped.body) << "the second visitor is served the same bytes";
  auto plain = c.get("/needs?period=2031-03", {{"Accept-Encoding", "gzip;q=0"}});
  EXPECT_TRUE(plain.headers["content-encoding"].empty());
  EXPECT_TRUE(contains(plain.body, "Étude d&#39;assainissement"));

  // A signed-in member's header carries their session: never the visitors' cached page.
  auto member = sign_in_new_member(server->db(), Role::member);
  auto mine = c.get("/needs?period=2031-03", {{"Cookie", member.cookie}});
  ASSERT_EQ(mine.status, 200);
  EXPECT_TRUE(contains(mine.body, member.csrf)) << "the sign-out form of this member";
  EXPECT_FALSE(contains(plain.body, member.csrf));

  // A write is listed on the next request, cached page or not.
  skill_need(school_project, "Plan de la cantine");
  plain = c.get("/needs?period=2031-03");
  EXPECT_TRUE(contains(plain.body, "Plan de la cantine"));
  EXPECT_TRUE(contains(plain.body, "2 besoins ouverts"));
}

TEST_F(NeedsList, KindIsReadAsTheTypeFilter) {
  funding_need(water_project, "Réservoir");
  auto by_type = api("type=funding");
  auto by_kind = api("kind=funding");
  EXPECT_EQ(by_kind["total"], by_type["total"]);
  EXPECT_GE(by_kind["total"].get<std::int64_t>(), 1);
  for (const auto& n : by_kind["needs"]) EXPECT_EQ(n["kind"], "funding");
}

}  // namespace
}  // namespace comdev::testing
