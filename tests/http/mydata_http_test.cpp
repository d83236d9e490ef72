// "Your data": a member downloads everything about them as JSON, then deletes their account
// (anonymised in one transaction, signed out, contributions kept); administrators read the audit
// log, nobody else does.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/audit/audit_store.h"
#include "features/contact/contact_store.h"
#include "features/members/password.h"
#include "features/mydata/mydata_store.h"
#include "http/percent.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;

class MyData : public ::testing::Test {
 protected:
  void SetUp() override { server = TestServer::start(); }
  store::Db& db() { return server->db(); }
  std::unique_ptr<TestServer> server;
};

TEST_F(MyData, AMemberDownloadsTheirDataThenDeletesTheirAccount) {
  auto me = sign_in_new_member(db(), Role::member, "nadia@example.org");
  auto msg = contact::contact_store::insert_once(
      db(), {"request-key-nadia-0001", "Nadia", "nadia@example.org",
             "Je peux aider pour une étude d'eau potable.", "fr"});
  ASSERT_TRUE(msg);
  Client c(server->port());

  auto page = c.get("/account/data", {{"Cookie", me.cookie}});
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page.body, "nadia@example.org"));

  auto file = c.get("/account/data.json", {{"Cookie", me.cookie}});
  ASSERT_EQ(file.status, 200) << file.body;
  EXPECT_TRUE(contains(file.headers["content-disposition"], "attachment"));
  auto doc = nlohmann::json::parse(file.body);
  EXPECT_EQ(doc["member_id"], me.member_id);
  EXPECT_EQ(doc["sections"]["account"][0]["email"], "nadia@example.org");
  ASSERT_EQ(doc["sections"]["contact_messages"].size(), 1u);
  EXPECT_EQ(doc["sections"]["contact_messages"][0]["body"],
            "Je peux aider pour une étude d'eau potable.");
  EXPECT_TRUE(doc["sections"].contains("audit_entries"));
  EXPECT_FALSE(contains(file.body, "password_hash"));
  EXPECT_FALSE(contains(file.body, "$argon2"));

  // The confirmation page, then a wrong password: nothing happens.
  auto confirm = c.get("/account/delete", {{"Cookie", me.cookie}});
  ASSERT_EQ(confirm.status, 200);
  EXPECT_TRUE(contains(confirm.body, "name=\"password\""));
  auto form = [&](std::string_view pw) {
    return "_csrf=" + http::percent_encode(me.csrf) + "&password=" + http::percent_encode(pw);
  };
  auto headers = std::vector<std::pair<std::string, std::string>>{
      {"Cookie", me.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}};
  auto wrong = c.request("POST", "/account/delete", headers, form("pas le bon mot de passe"));
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE((*mydata::mydata_store::account(db(), me.member_id))->email == "nadia@example.org");
  auto forged = c.request("POST", "/account/delete", headers,
                          "_csrf=forged-forged-forged-forged&password=correct+horse+battery");
  EXPECT_EQ(forged.status, 403);

  auto done = c.request("POST", "/account/delete", headers, form("correct horse battery"));
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(done.headers["location"], "/account/deleted");
  EXPECT_TRUE(contains(done.headers["set-cookie"], "Max-Age=0"));

  // Signed out; the account can no longer be used; the e-mail is forgotten.
  EXPECT_EQ(c.get("/account/data", {{"Cookie", me.cookie}}).status, 403);
  auto acc = *mydata::mydata_store::account(db(), me.member_id);
  ASSERT_TRUE(acc);
  EXPECT_TRUE(acc->anonymised);
  EXPECT_NE(acc->email, "nadia@example.org");
  EXPECT_TRUE(acc->display_name.empty());
  EXPECT_FALSE(members::verify_password(acc->password_hash, "correct horse battery"));
  // The message stays, but no live account carries its address any more.
  EXPECT_TRUE(*contact::contact_store::exists(db(), *msg));
  // The sign-in page refuses the old address and password.
  Client fresh(server->port());
  auto signin = fresh.get("/account/signin");
  ASSERT_EQ(signin.status, 200);
  auto attempt = fresh.request("POST", "/account/signin",
                               {{"Cookie", cookie_pair(signin.headers["set-cookie"])},
                                {"Content-Type", "application/x-www-form-urlencoded"}},
                               "_csrf=" + http::percent_encode(hidden_value(signin.body, "_csrf")) +
                                   "&email=nadia%40example.org&password=correct+horse+battery");
  EXPECT_NE(attempt.status, 303) << attempt.body;
  auto again = sign_in_new_member(db(), Role::member, "nadia@example.org");  // address is free
  EXPECT_NE(again.member_id, me.member_id);
  // The same attempt now opens the new account: the refusal above was about the deleted one.
  auto control = fresh.request("POST", "/account/signin",
                               {{"Cookie", cookie_pair(signin.headers["set-cookie"])},
                                {"Content-Type", "application/x-www-form-urlencoded"}},
                               "_csrf=" + http::percent_encode(hidden_value(signin.body, "_csrf")) +
                                   "&email=nadia%40example.org&password=correct+horse+battery");
  EXPECT_EQ(control.status, 303) << control.body;
  // Deleting twice is refused cleanly.
  EXPECT_FALSE(mydata::mydata_store::anonymise(db(), me.member_id));

  bool audited = false;
  auto entries = audit::audit_store::latest(db(), 50);
  ASSERT_TRUE(entries);
  for (const auto& e : *entries) {
    if (e.action == "member.deleted" && e.subject_id == me.member_id) {
      audited = true;
      EXPECT_FALSE(contains(e.detail, "@"));
    }
  }
  EXPECT_TRUE(audited);
}

TEST_F(MyData, AVisitorHasNoDataToDownloadOrDelete) {
  Client c(server->port());
  EXPECT_EQ(c.get("/account/data.json").status, 403);
  EXPECT_EQ(c.get("/account/delete").status, 403);
}

TEST_F(MyData, OnlyAdministratorsReadTheAuditLogNewestFirstAndPaginated) {
  auto admin = sign_in_new_member(db(), Role::admin);
  auto animator = sign_in_new_member(db(), Role::animator);
  auto member = sign_in_new_member(db(), Role::member);
  Client c(server->port());
  EXPECT_EQ(c.get("/admin/audit").status, 403);
  EXPECT_EQ(c.get("/admin/audit", {{"Cookie", member.cookie}}).status, 403);
  EXPECT_EQ(c.get("/admin/audit", {{"Cookie", animator.cookie}}).status, 403);

  auto write = [&](std::string action) {
    auto st = db().transaction<bool>([&](store::Conn& conn) -> Result<bool> {
      auto r = audit::audit_store::record(conn, admin.member_id, action, "member", member.member_id,
                                          "test");
      if (!r) return r.error();
      return true;
    });
    ASSERT_TRUE(st);
  };
  for (int i = 0; i < 60; ++i) write("test.entry." + std::to_string(i));
  auto first = c.get("/admin/audit", {{"Cookie", admin.cookie}, {"Accept-Language", "ar"}});
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_TRUE(contains(first.body, "dir=\"rtl\""));
  EXPECT_TRUE(contains(first.body, "test.entry.59"));
  EXPECT_FALSE(contains(first.body, "test.entry.5<"));
  EXPECT_LT(first.body.find("test.entry.59"), first.body.find("test.entry.58"));
  EXPECT_TRUE(contains(first.body, "/admin/audit?page=2"));
  auto second = c.get("/admin/audit?page=2", {{"Cookie", admin.cookie}});
  ASSERT_EQ(second.status, 200);
  EXPECT_TRUE(contains(second.body, "test.entry.5<"));
  EXPECT_TRUE(contains(second.body, "/admin/audit?page=1"));
  EXPECT_EQ(c.get("/admin/audit?page=abc", {{"Cookie", admin.cookie}}).status, 200);
}

}  // namespace
}  // namespace comdev::testing
