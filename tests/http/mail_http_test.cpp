// The mailer against a real SMTP server: what a feature sends is what a person receives,
// subject and body decoded intact in French and Arabic.
#include <gtest/gtest.h>

#include "test_server.h"

namespace comdev::testing {
namespace {

TEST(Mail, AMessageSentByTheAppArrivesAtTheSmtpServerIntact) {
  auto server = TestServer::start();
  std::string body =
      "Bonjour,\n\nمرحبا بكم\n\nhttp://127.0.0.1/account/verify?token=abcdefghijklmnopqrstuvwxyz"
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\n.\nFin.";
  auto st = server->app().mailer().send({"amina@example.org", "Confirmez · أكد عنوانك", body});
  ASSERT_TRUE(st) << st.error().detail;
  auto m = server->smtp().wait_for("amina@example.org", std::chrono::seconds(10));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->subject, "Confirmez · أكد عنوانك");
  EXPECT_EQ(m->body.substr(0, m->body.find_last_not_of("\n") + 1), body);
  EXPECT_EQ(m->first_link(),
            "http://127.0.0.1/account/verify?token=abcdefghijklmnopqrstuvwxyz0123456789"
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  EXPECT_FALSE(server->smtp().wait_for("amina@example.org", std::chrono::milliseconds(50)));
}

TEST(Mail, AnUnreachableRelayIsReportedAsUnavailable) {
  auto server = TestServer::start([](Config& c) { c.smtp_url = "smtp://127.0.0.1:1"; });
  auto st = server->app().mailer().send({"amina@example.org", "S", "B"});
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().code, ErrorCode::unavailable);
}

}  // namespace
}  // namespace comdev::testing
