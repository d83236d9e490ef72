// "Try it" over real HTTP: the demo accounts of every role sign in with the passwords printed
// once, each can do what the /try page says (the representative publishes a need for her
// commune's project, the animator and the administrator open their pages), the home page's banner
// leads to /try; a real community has no /try page and gets no demo accounts.
#include <gtest/gtest.h>

#include <map>

#include "app_test_util.h"
#include "features/tryit/tryit_actions.h"
#include "test_server.h"
#include "tryit_test_store.h"

namespace comdev::testing {
namespace {

using http::testing::Client;

Browser signed_in(std::uint16_t port, const std::string& email, const std::string& password) {
  Browser b(port);
  b.get("/account/signin");
  auto r = b.post("/account/signin", {{"email", email}, {"password", password}});
  EXPECT_EQ(r.status, 303) << email << " " << r.body.substr(0, 400);
  return b;
}

TEST(TryIt, EveryRoleSignsInWithItsPasswordAndDoesWhatThePageSays) {
  auto server = TestServer::start();
  auto issued = tryit::ensure_demo_accounts(server->db(), false);
  ASSERT_TRUE(issued) << issued.error().detail;
  ASSERT_EQ(issued->size(), 7u);
  std::map<std::string, std::pair<std::string, std::string>> by_role;  // email, password
  for (const auto& i : *issued) {
    EXPECT_GE(i.password.size(), 12u) << i.account->role;
    by_role[std::string(i.account->role)] = {std::string(i.account->email), i.password};
  }

  // The banner of a demo database leads to /try, which lists every account.
  Client c(server->port());
  auto home = c.get("/");
  EXPECT_TRUE(contains(home.body, "href=\"/try\""));
  auto page = c.get("/try");
  ASSERT_EQ(page.status, 200);
  for (const auto& [role, account] : by_role) {
    EXPECT_TRUE(contains(page.body, account.first)) << role;
    EXPECT_FALSE(contains(page.body, account.second)) << "a password on the page: " << role;
  }

  // The representative speaks for the commune: she may add a need to its project.
  auto project =
      tryit_test_store::project_id(server->db(), "Eau potable pour les douars de Taliouine");
  auto rep =
      signed_in(server->port(), by_role["representative"].first, by_role["representative"].second);
  auto form = rep.get("/projects/" + std::to_string(project) + "/needs/new");
  EXPECT_EQ(form.status, 200);
  // The association leader does not speak for the commune.
  auto assoc =
      signed_in(server->port(), by_role["association"].first, by_role["association"].second);
  EXPECT_EQ(assoc.get("/projects/" + std::to_string(project) + "/needs/new").status, 403);

  auto animator = signed_in(server->port(), by_role["animator"].first, by_role["animator"].second);
  EXPECT_EQ(animator.get("/animation/representatives").status, 200);
  EXPECT_EQ(animator.get("/admin/skills").status, 403);
  auto admin = signed_in(server->port(), by_role["admin"].first, by_role["admin"].second);
  EXPECT_EQ(admin.get("/admin/skills").status, 200);

  // The experts keep their demo profiles and can now sign in.
  auto expert = signed_in(server->port(), by_role["expert"].first, by_role["expert"].second);
  auto profile = expert.get("/profile");
  EXPECT_EQ(profile.status, 200);
  EXPECT_TRUE(contains(profile.body, "Nadia Ouhammou"));
  signed_in(server->port(), by_role["heart_expert"].first, by_role["heart_expert"].second);
}

TEST(TryIt, ASecondRunKeepsThePasswordsAndAResetChangesThem) {
  auto server = TestServer::start();
  auto first = tryit::ensure_demo_accounts(server->db(), false);
  ASSERT_TRUE(first);
  auto again = tryit::ensure_demo_accounts(server->db(), false);
  ASSERT_TRUE(again);
  for (const auto& i : *again) EXPECT_TRUE(i.password.empty()) << i.account->role;
  // The first passwords still work.
  signed_in(server->port(), std::string((*first)[0].account->email), (*first)[0].password);

  auto reset = tryit::ensure_demo_accounts(server->db(), true);
  ASSERT_TRUE(reset);
  Browser old(server->port());
  old.get("/account/signin");
  auto refused = old.post("/account/signin", {{"email", std::string((*first)[0].account->email)},
                                              {"password", (*first)[0].password}});
  EXPECT_NE(refused.status, 303);
  signed_in(server->port(), std::string((*reset)[0].account->email), (*reset)[0].password);
}

TEST(TryIt, ARealCommunityHasNoDemoAccountsAndNoTryPage) {
  auto server = TestServer::start();
  tryit_test_store::unmark_demo(server->db());
  auto issued = tryit::ensure_demo_accounts(server->db(), false);
  ASSERT_FALSE(issued);
  EXPECT_EQ(issued.error().message_id, "tryit.errors.not_demo");
  EXPECT_FALSE(tryit::ensure_demo_accounts(server->db(), true));
  Client c(server->port());
  EXPECT_EQ(c.get("/try").status, 404);
  EXPECT_FALSE(contains(c.get("/").body, "href=\"/try\""));
}

}  // namespace
}  // namespace comdev::testing
