// The account page is where each person finds what they may do: everyone their profile and
// data; animators the representation queue; administrators the audit log.
#include <gtest/gtest.h>

#include "app_test_util.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;

TEST(AccountLinks, EachRoleSeesItsOwnLinks) {
  auto server = TestServer::start();
  Client c(server->port());
  auto member = sign_in_new_member(server->db(), Role::member);
  auto animator = sign_in_new_member(server->db(), Role::animator);
  auto admin = sign_in_new_member(server->db(), Role::admin);

  auto m = c.get("/account", {{"Cookie", member.cookie}});
  ASSERT_EQ(m.status, 200);
  EXPECT_TRUE(contains(m.body, "href=\"/profile\""));
  EXPECT_TRUE(contains(m.body, "href=\"/account/data\""));
  EXPECT_FALSE(contains(m.body, "href=\"/animation/representatives\""));
  EXPECT_FALSE(contains(m.body, "href=\"/admin/audit\""));

  auto a = c.get("/account", {{"Cookie", animator.cookie}});
  EXPECT_TRUE(contains(a.body, "href=\"/animation/representatives\""));
  EXPECT_FALSE(contains(a.body, "href=\"/admin/audit\""));

  auto d = c.get("/account", {{"Cookie", admin.cookie}});
  EXPECT_TRUE(contains(d.body, "href=\"/animation/representatives\""));
  EXPECT_TRUE(contains(d.body, "href=\"/admin/audit\""));
}

}  // namespace
}  // namespace comdev::testing
