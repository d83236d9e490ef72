// The daily purge on both databases: rows past their retention are erased, the others kept, the
// platform's record (audit log) untouched; a second run erases nothing more. Time is the
// server's settable clock.
#include <gtest/gtest.h>

#include "core/time.h"
#include "features/housekeeping/housekeeping_module.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using std::chrono::days;
using std::chrono::hours;

class Housekeeping : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start();
    member = sign_in_new_member(server->db(), Role::member);
    now = server->clock().now();
  }
  void run(const std::string& sql, std::vector<store::Value> p) {
    auto r = server->db().query(sql, p);
    ASSERT_TRUE(r) << r.error().detail << " — " << sql;
  }
  std::int64_t count(const std::string& sql) {
    auto r = server->db().query(sql);
    EXPECT_TRUE(r) << r.error().detail;
    return r ? r->rows.front().integer(0) : -1;
  }
  std::string ago(std::chrono::seconds d) { return core::iso(now - d); }
  std::string ahead(std::chrono::seconds d) { return core::iso(now + d); }

  std::unique_ptr<TestServer> server;
  SignedIn member;
  core::Seconds now;
};

TEST_F(Housekeeping, RowsPastTheirRetentionGoTheOthersStay) {
  const auto m = member.member_id;
  // Sessions: expired; anonymous and two days old; anonymous and fresh; a member's (kept).
  run("INSERT INTO sessions (id_hash, csrf_token, member_id, lang, created_at, expires_at) VALUES "
      "('old-expired', 'c', NULL, 'fr', $1, $2), ('anon-old', 'c', NULL, 'fr', $3, $4), "
      "('anon-new', 'c', NULL, 'fr', $5, $4)",
      {ago(days(40)), ago(days(10)), ago(days(2)), ahead(days(28)), ago(hours(1))});
  const auto sessions_before = count("SELECT COUNT(*) FROM sessions");
  // Mail links: expired long ago, used long ago, still valid.
  run("INSERT INTO email_tokens (token_hash, member_id, purpose, email, created_at, expires_at, "
      "used_at) VALUES ('t-expired', $1, 'reset', 'a@example.org', $2, $3, NULL), "
      "('t-used', $1, 'verify', 'a@example.org', $2, $4, $3), "
      "('t-live', $1, 'reset', 'a@example.org', $5, $4, NULL)",
      {m, ago(days(20)), ago(days(19)), ahead(days(1)), ago(hours(1))});
  run("INSERT INTO rate_limits (bucket, window_start, count) VALUES ('x:old', $1, 3), "
      "('x:now', $2, 1)",
      {ago(days(2)), ago(std::chrono::minutes(5))});
  run("INSERT INTO email_log (member_id, kind, sent_at) VALUES ($1, 'digest', $2), "
      "($1, 'digest', $3)",
      {m, ago(days(100)), ago(days(3))});
  run("INSERT INTO digest_runs (member_id, period_key, status, locked_until, claimed_at) VALUES "
      "($1, '2025-W01', 'sent', $2, $2), ($1, 'now', 'sent', $3, $3)",
      {m, ago(days(200)), ago(days(1))});
  run("INSERT INTO notifications (member_id, kind, created_at, read_at) VALUES "
      "($1, 'mention', $2, $2), ($1, 'mention', $2, NULL), ($1, 'mention', $3, $3)",
      {m, ago(days(200)), ago(days(2))});
  run("INSERT INTO job_queue (kind, run_at, created_at, done_at) VALUES "
      "('k', $1, $1, $1), ('k', $2, $2, NULL), ('k', $3, $3, $3)",
      {ago(days(40)), ago(days(40)), ago(days(1))});
  const auto audit_before = count("SELECT COUNT(*) FROM audit_log");

  auto done = housekeeping::purge(server->db(), housekeeping::Retention{}, now);
  ASSERT_TRUE(done) << done.error().detail;

  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions"), sessions_before - 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions WHERE id_hash = 'anon-new'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions WHERE member_id IS NOT NULL"), 1)
      << "the member's session stays";
  EXPECT_EQ(count("SELECT COUNT(*) FROM email_tokens WHERE token_hash LIKE 't-%'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM email_tokens WHERE token_hash = 't-live'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM rate_limits WHERE bucket LIKE 'x:%'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM email_log"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM digest_runs"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM notifications"), 2) << "unread and recent ones stay";
  EXPECT_EQ(count("SELECT COUNT(*) FROM job_queue WHERE kind = 'k'"), 2)
      << "a job not done stays, whatever its age";
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), audit_before);

  // Nothing more to erase on a second run.
  auto again = housekeeping::purge(server->db(), housekeeping::Retention{}, now);
  ASSERT_TRUE(again);
  for (const auto& [what, n] : *again) EXPECT_EQ(n, 0) << what;
}

TEST_F(Housekeeping, ShorterSettingsEraseSooner) {
  run("INSERT INTO email_log (member_id, kind, sent_at) VALUES ($1, 'digest', $2)",
      {member.member_id, ago(days(10))});
  housekeeping::Retention r;
  ASSERT_TRUE(housekeeping::purge(server->db(), r, now));
  EXPECT_EQ(count("SELECT COUNT(*) FROM email_log"), 1);
  r.email_log = days(7);
  ASSERT_TRUE(housekeeping::purge(server->db(), r, now));
  EXPECT_EQ(count("SELECT COUNT(*) FROM email_log"), 0);
}

}  // namespace
}  // namespace comdev::testing
