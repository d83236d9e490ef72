#include "core/config.h"

#include <gtest/gtest.h>

#include <map>

#include "core/testing/env_of.h"

namespace comdev {
namespace {

using comdev::testing::env_of;

TEST(Config, DefaultsToSqliteOnLocalhost8080) {
  auto c = load_config(env_of({}), {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->database_url, "sqlite:var/comdev.db");
  EXPECT_EQ(c->listen_host, "127.0.0.1");
  EXPECT_EQ(c->listen_port, 8080);
}

TEST(Config, FlagsOverrideEnvironment) {
  auto c = load_config(env_of({{"COMDEV_LISTEN", "0.0.0.0:9000"}}), {"--listen", "127.0.0.1:0"});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->listen_host, "127.0.0.1");
  EXPECT_EQ(c->listen_port, 0);
}

TEST(Config, FlagWithEqualsSign) {
  auto c = load_config(env_of({}), {"--database=postgresql://u@h:5432/db"});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->database_url, "postgresql://u@h:5432/db");
}

TEST(Config, BadValuesNameTheSettingAndTheValue) {
  struct Case {
    std::string var, value;
  };
  for (const auto& k : std::vector<Case>{{"COMDEV_DATABASE_URL", "mysql://x"},
                                         {"COMDEV_LISTEN", "8080"},
                                         {"COMDEV_LISTEN", "host:99999"},
                                         {"COMDEV_BASE_URL", "localhost"},
                                         {"COMDEV_SMTP_URL", "mail.example.org"},
                                         {"COMDEV_WORKERS", "0"},
                                         {"COMDEV_WORKERS", "four"},
                                         {"COMDEV_DIGEST_PERIOD_SECONDS", "-1"},
                                         {"COMDEV_DIGEST_PERIOD_SECONDS", "hourly"}}) {
    auto c = load_config(env_of({{k.var, k.value}}), {});
    ASSERT_FALSE(c.ok()) << k.var << "=" << k.value;
    EXPECT_NE(c.error().detail.find(k.var), std::string::npos) << c.error().detail;
    EXPECT_NE(c.error().detail.find(k.value), std::string::npos) << c.error().detail;
  }
}

TEST(Config, UnknownFlagIsRefusedWithoutARestList) {
  auto c = load_config(env_of({}), {"--colour", "blue"});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().detail.find("--colour"), std::string::npos);
}

TEST(Config, WordsAndUnknownFlagsGoToRestForSubcommands) {
  std::vector<std::string> rest;
  auto c = load_config(env_of({}), {"user", "create", "--email", "a@b.c", "--workers", "2"}, &rest);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->workers, 2);
  EXPECT_EQ(rest, (std::vector<std::string>{"user", "create", "--email", "a@b.c"}));
}

TEST(Config, BaseUrlLosesTrailingSlash) {
  auto c = load_config(env_of({{"COMDEV_BASE_URL", "https://comdev.example.org/"}}), {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->base_url, "https://comdev.example.org");
}

TEST(Config, DigestPeriodDefaultsToFiveMinutesAndZeroTurnsTheJobOff) {
  auto c = load_config(env_of({}), {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->digest_period_seconds, 300);
  auto off = load_config(env_of({{"COMDEV_DIGEST_PERIOD_SECONDS", "0"}}), {});
  ASSERT_TRUE(off.ok());
  EXPECT_EQ(off->digest_period_seconds, 0);
}

TEST(Config, OnlinePaymentIsOffUnlessHelloAssoIsConfigured) {
  auto c = load_config(env_of({}), {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->helloasso_api_url, "");
  EXPECT_EQ(c->helloasso_collector_id, 0);
  auto on = load_config(env_of({{"COMDEV_HELLOASSO_API_URL", "https://api.helloasso.com/"},
                                {"COMDEV_HELLOASSO_CLIENT_ID", "id"},
                                {"COMDEV_HELLOASSO_CLIENT_SECRET", "secret"},
                                {"COMDEV_HELLOASSO_ORGANISATION", "asso-tamaloukt"},
                                {"COMDEV_HELLOASSO_COLLECTOR", "12"}}),
                        {});
  ASSERT_TRUE(on.ok());
  EXPECT_EQ(on->helloasso_api_url, "https://api.helloasso.com");
  EXPECT_EQ(on->helloasso_organisation, "asso-tamaloukt");
  EXPECT_EQ(on->helloasso_collector_id, 12);
  EXPECT_FALSE(load_config(env_of({{"COMDEV_HELLOASSO_API_URL", "ftp://x"}}), {}).ok());
  EXPECT_FALSE(load_config(env_of({{"COMDEV_HELLOASSO_ORGANISATION", "a/b"}}), {}).ok());
}

TEST(Config, InvitationsExpireAfterSevenDaysUnlessConfigured) {
  auto c = load_config(env_of({}), {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->invitation_expiry_days, 7);
  EXPECT_EQ(c->mobilisation_period_seconds, 60);
  auto set = load_config(env_of({{"COMDEV_INVITATION_DAYS", "3"}}), {"--mobilisation-period", "0"});
  ASSERT_TRUE(set.ok());
  EXPECT_EQ(set->invitation_expiry_days, 3);
  EXPECT_EQ(set->mobilisation_period_seconds, 0);
  for (const char* bad : {"0", "366", "a week"}) {
    auto c2 = load_config(env_of({{"COMDEV_INVITATION_DAYS", bad}}), {});
    ASSERT_FALSE(c2.ok()) << bad;
    EXPECT_NE(c2.error().detail.find("COMDEV_INVITATION_DAYS"), std::string::npos);
  }
}

TEST(Config, AccessLogKeepsEveryRequestUnlessConfigured) {
  auto c = load_config(env_of({}), {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->access_log, AccessLog::all);
  EXPECT_EQ(c->io_threads, 0) << "one per core";
  auto sampled = load_config(env_of({{"COMDEV_ACCESS_LOG", "sampled"}}), {"--io-threads", "3"});
  ASSERT_TRUE(sampled.ok());
  EXPECT_EQ(sampled->access_log, AccessLog::sampled);
  EXPECT_EQ(sampled->io_threads, 3);
  EXPECT_EQ(load_config(env_of({}), {"--access-log=errors"})->access_log, AccessLog::errors);
  EXPECT_EQ(load_config(env_of({}), {"--access-log", "off"})->access_log, AccessLog::off);
  for (const char* bad : {"", "debug", "ALL"}) {
    auto c2 = load_config(env_of({{"COMDEV_ACCESS_LOG", bad}}), {});
    ASSERT_FALSE(c2.ok()) << bad;
    EXPECT_NE(c2.error().detail.find("COMDEV_ACCESS_LOG"), std::string::npos);
  }
  EXPECT_FALSE(load_config(env_of({{"COMDEV_IO_THREADS", "65"}}), {}).ok());
}

}  // namespace
}  // namespace comdev
