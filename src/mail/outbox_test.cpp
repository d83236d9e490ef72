#include "mail/outbox.h"

#include <gtest/gtest.h>

#include <fstream>

namespace comdev::mail {
namespace {

struct TempDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("comdev-outbox-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
       std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

TEST(MailOutbox, KeepsEachMessageAsAFileAndReadsThemBackNewestFirst) {
  TempDir dir;
  OutboxMailer mailer(dir.path / "outbox", "ComDev <no-reply@localhost>");
  ASSERT_TRUE(mailer.send({"amina@example.org", "Premier", "Lien : http://x/1\n"}));
  ASSERT_TRUE(mailer.send({"omar@example.org", "Deuxième — ثاني", "Texte\n"}));
  auto latest = outbox_latest(dir.path / "outbox", 10);
  ASSERT_TRUE(latest);
  ASSERT_EQ(latest->size(), 2u);
  EXPECT_EQ((*latest)[0].message.header("Subject"), "Deuxième — ثاني");
  EXPECT_EQ((*latest)[0].message.header("To"), "omar@example.org");
  EXPECT_EQ((*latest)[1].message.text, "Lien : http://x/1\n");
  for (const auto& e : *latest) {
    EXPECT_TRUE(is_outbox_name(e.name)) << e.name;
    EXPECT_TRUE(std::filesystem::is_regular_file(dir.path / "outbox" / e.name));
  }
  auto one = outbox_read(dir.path / "outbox", (*latest)[1].name);
  ASSERT_TRUE(one);
  EXPECT_EQ(one->message.header("Subject"), "Premier");
  auto limited = outbox_latest(dir.path / "outbox", 1);
  ASSERT_TRUE(limited);
  ASSERT_EQ(limited->size(), 1u);
  EXPECT_EQ((*limited)[0].name, (*latest)[0].name);
}

TEST(MailOutbox, AnOutboxNeverWrittenIsEmpty) {
  TempDir dir;
  auto latest = outbox_latest(dir.path / "none", 10);
  ASSERT_TRUE(latest);
  EXPECT_TRUE(latest->empty());
}

TEST(MailOutbox, RefusesNamesOutsideTheOutbox) {
  TempDir dir;
  std::filesystem::create_directories(dir.path / "outbox");
  std::ofstream(dir.path / "secret.eml") << "Subject: no\r\n\r\n";
  for (std::string_view bad : {"../secret.eml", ".hidden.eml", "x.txt", "", "a/b.eml"}) {
    auto r = outbox_read(dir.path / "outbox", bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::not_found) << bad;
  }
  EXPECT_FALSE(outbox_read(dir.path / "outbox", "123.M1P1Rab.eml"));
}

}  // namespace
}  // namespace comdev::mail
