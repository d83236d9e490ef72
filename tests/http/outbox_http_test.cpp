// The local outbox over real HTTP: with no SMTP relay, a sign-up's confirmation e-mail is kept as
// a file, listed at /dev/outbox, shown with its link clickable, and the link signs the person in.
// With a relay configured, or a server listening beyond loopback, the page does not exist.
#include <gtest/gtest.h>

#include <filesystem>

#include "app_test_util.h"
#include "mail/outbox.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;

struct OutboxDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("comdev-outbox-http-" +
       std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  ~OutboxDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

// The first href="…" after `from` in an HTML page.
std::string first_href(const std::string& html, std::string_view from) {
  auto p = html.find(from);
  if (p == std::string::npos) return {};
  p = html.find("href=\"", p);
  if (p == std::string::npos) return {};
  p += 6;
  return html.substr(p, html.find('"', p) - p);
}

std::string unescape_amp(std::string s) {
  for (auto p = s.find("&amp;"); p != std::string::npos; p = s.find("&amp;", p + 1))
    s.replace(p, 5, "&");
  return s;
}

TEST(Outbox, WithoutARelayTheConfirmationMailIsReadAndFollowedFromTheOutbox) {
  OutboxDir dir;
  auto server = TestServer::start([&](Config& c) {
    c.smtp_url.clear();
    c.outbox_dir = dir.path.string();
  });
  Browser b(server->port());
  auto empty = b.get("/dev/outbox");
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_TRUE(contains(empty.body, "Inscrivez-vous ou invitez un expert"));

  b.get("/account/signup");
  auto r = b.post("/account/signup", {{"display_name", "Nouvelle Personne"},
                                      {"email", "nouvelle@example.org"},
                                      {"password", "une longue phrase secrète"},
                                      {"lang", "fr"}});
  ASSERT_EQ(r.status, 303) << r.body;
  // Nothing reached the SMTP sink: the message is a file in the outbox.
  auto files = mail::outbox_latest(dir.path, 10);
  ASSERT_TRUE(files);
  ASSERT_EQ(files->size(), 1u);

  auto list = b.get("/dev/outbox");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(contains(list.body, "Confirmez votre adresse e-mail"));
  EXPECT_TRUE(contains(list.body, "nouvelle@example.org"));
  EXPECT_EQ(list.headers["cache-control"], "no-store");
  std::string message_url = first_href(list.body, "class=\"outbox-list\"");
  ASSERT_TRUE(message_url.starts_with("/dev/outbox/")) << message_url;

  auto shown = b.get(message_url);
  ASSERT_EQ(shown.status, 200);
  EXPECT_TRUE(contains(shown.body, "Bonjour Nouvelle Personne"));
  std::string link = unescape_amp(first_href(shown.body, "class=\"mail-body\""));
  ASSERT_TRUE(contains(link, "/account/verify?token=")) << link;

  auto verified = b.get(path_of(link));
  ASSERT_EQ(verified.status, 303) << verified.body;
  auto account = b.get("/account?welcome=1");
  EXPECT_TRUE(contains(account.body, "nouvelle@example.org"));
}

TEST(Outbox, UnknownOrForgedMessageNamesAreNotFound) {
  OutboxDir dir;
  auto server = TestServer::start([&](Config& c) {
    c.smtp_url.clear();
    c.outbox_dir = (dir.path / "box").string();
  });
  std::filesystem::create_directories(dir.path / "box");
  Client c(server->port());
  for (std::string path : {"/dev/outbox/1.M1P1Rab.eml", "/dev/outbox/..%2Fsecret.eml",
                           "/dev/outbox/.hidden.eml", "/dev/outbox/x.txt"}) {
    EXPECT_EQ(c.get(path).status, 404) << path;
  }
}

TEST(Outbox, DoesNotExistWhenARelayIsConfigured) {
  auto server = TestServer::start();  // sends to the SMTP sink
  Client c(server->port());
  EXPECT_EQ(c.get("/dev/outbox").status, 404);
  EXPECT_EQ(c.get("/dev/outbox/1.M1P1Rab.eml").status, 404);
}

TEST(Outbox, DoesNotExistWhenTheServerListensBeyondLoopback) {
  OutboxDir dir;
  auto server = TestServer::start([&](Config& c) {
    c.smtp_url.clear();
    c.outbox_dir = dir.path.string();
    c.listen_host = "0.0.0.0";
  });
  Client c(server->port());
  EXPECT_EQ(c.get("/dev/outbox").status, 404);
}

}  // namespace
}  // namespace comdev::testing
