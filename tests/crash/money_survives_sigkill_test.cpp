// Crash test of the money: `comdev serve` is killed with SIGKILL in the middle of a bank
// statement import, and in the middle of a burst of confirmations by hand; after a restart and
// the treasurer doing the same again, every pledge is confirmed exactly once — one audit entry,
// one money_in entry in a ledger whose chain verifies, one receipt — and the collecting
// organisation's receipt numbers run without gap or duplicate. Run once on SQLite and once on
// PostgreSQL (see tests/crash.cmake).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "campaigns_test_store.h"
#include "crash_server.h"
#include "features/campaigns/pledge_reference.h"
#include "features/receipts/receipt_rules.h"
#include "http/server/testing/http_client.h"
#include "store/testing/temp_db.h"
#include "test_members.h"

namespace comdev::testing {
namespace {

namespace cx = campaigns_test_store;

// The demo community's published campaign, a treasurer of its collecting association and
// `pledges` fresh pledges of 100 in the campaign's currency, waiting for their transfer.
struct Stage {
  std::string url;
  std::unique_ptr<store::Db> db;
  std::int64_t campaign = 0, organisation = 0, project = 0;
  SignedIn treasurer;
  std::vector<std::int64_t> pledges;
  std::vector<std::string> references;  // canonical, in the order of `pledges`
};

void stage(Stage& s, int pledges) {
  ASSERT_EQ(run_comdev({"demo", "--database", s.url}), 0) << "comdev demo failed";
  auto db = store::open(s.url, 2);
  ASSERT_TRUE(db.ok()) << db.error().detail;
  s.db = std::move(*db);
  auto c = s.db->query(
      "SELECT id, organisation_id, project_id, currency FROM campaigns WHERE state = 'published' "
      "ORDER BY id LIMIT 1");
  ASSERT_TRUE(c.ok() && !c->empty()) << "the demo has a published campaign";
  s.campaign = c->rows.front().integer(0);
  s.organisation = c->rows.front().integer(1);
  s.project = c->rows.front().integer(2);
  const std::string currency = c->rows.front().text(3);
  s.treasurer = sign_in_new_member(*s.db, Role::member);
  ASSERT_TRUE(cx::name_treasurer(*s.db, s.organisation, s.treasurer.member_id));
  auto donor = sign_in_new_member(*s.db, Role::member);
  const std::string now = core::iso_now();
  for (std::uint64_t payload = 0x5A5A000000ull; static_cast<int>(s.pledges.size()) < pledges;
       ++payload) {
    auto ref = campaigns::reference_for(payload);
    if (!ref) continue;
    auto id = s.db->query(
        "INSERT INTO pledges (campaign_id, member_id, donor_name, reference, amount_minor, "
        "currency, anonymous, is_demo, created_at, updated_at) "
        "VALUES ($1, $2, 'Donatrice du test', $3, 10000, $4, 0, 0, $5, $5) RETURNING id",
        store::params(s.campaign, donor.member_id, *ref, currency, now));
    ASSERT_TRUE(id.ok() && !id->empty()) << (id.ok() ? "" : id.error().detail);
    s.pledges.push_back(id->rows.front().integer(0));
    s.references.push_back(*ref);
  }
}

std::string in_list(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
  return "(" + out + ")";
}

std::int64_t count(Stage& s, const std::string& sql) {
  return cx::count(*s.db, sql);
}

// Every staged pledge confirmed exactly once, counted once in the ledger, with one receipt; the
// organisation's receipt numbers without gap or duplicate; the ledger's chain intact.
void expect_each_confirmed_once(Stage& s) {
  const std::string ours = in_list(s.pledges);
  const auto n = static_cast<std::int64_t>(s.pledges.size());
  EXPECT_EQ(count(s, "SELECT COUNT(*) FROM pledges WHERE state = 'confirmed' AND id IN " + ours),
            n);
  EXPECT_EQ(count(s,
                  "SELECT COUNT(*) FROM audit_log WHERE action = 'pledge.confirmed' AND "
                  "subject_id IN " +
                      ours),
            n);
  EXPECT_EQ(count(s,
                  "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'money_in' AND "
                  "pledge_id IN " +
                      ours),
            n);
  EXPECT_EQ(count(s,
                  "SELECT COUNT(DISTINCT pledge_id) FROM ledger_entries WHERE kind = "
                  "'money_in' AND pledge_id IN " +
                      ours),
            n);
  EXPECT_EQ(count(s, "SELECT COUNT(*) FROM receipts WHERE pledge_id IN " + ours), n);
  auto rows = s.db->query(
      "SELECT year, number FROM receipts WHERE organisation_id = $1 ORDER BY year, number",
      store::params(s.organisation));
  ASSERT_TRUE(rows.ok());
  std::map<std::int64_t, std::vector<std::int64_t>> by_year;
  std::set<std::pair<std::int64_t, std::int64_t>> seen;
  for (const auto& r : rows->rows) {
    by_year[r.integer(0)].push_back(r.integer(1));
    EXPECT_TRUE(seen.insert({r.integer(0), r.integer(1)}).second) << "duplicate number";
  }
  for (const auto& [year, numbers] : by_year) {
    EXPECT_TRUE(receipts::gaps(numbers).empty()) << "a gap in the receipts of " << year;
  }
  EXPECT_EQ(
      run_comdev({"ledger", "verify", "--project", std::to_string(s.project), "--database", s.url}),
      0)
      << "the ledger's chain verifies";
}

std::string statement_of(const Stage& s) {
  std::string csv = "Date;Libellé;Crédit\r\n";
  for (const auto& ref : s.references) {
    csv += "02/12/2026;VIR SEPA DON " + campaigns::display_reference(ref) + ";100,00\r\n";
  }
  return csv;
}

TEST(MoneyCrash, AStatementImportKilledMidwayConfirmsAllOrNothingThenEachOnce) {
  auto database = store::testing::create_test_database();
  ASSERT_TRUE(database.ok()) << database.error().detail;
  Stage s;
  s.url = (*database)->url();
  stage(s, 1500);
  if (HasFatalFailure()) return;
  const std::string file = statement_of(s);
  const std::string ours = in_list(s.pledges);

  Child server = start_server(s.url);
  ASSERT_GT(server.port, 0) << "comdev serve did not start";
  std::atomic<int> status{-1};
  std::thread importer(
      [&] { status = cx::import(server.port, s.treasurer, s.organisation, file).status; });
  // The import is one transaction of some thousands of statements: kill it on its way.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ASSERT_TRUE(kill_hard(server)) << "the server must have been killed, not have exited";
  importer.join();

  // All or nothing: the import's transaction committed whole or not at all.
  auto confirmed =
      count(s, "SELECT COUNT(*) FROM pledges WHERE state = 'confirmed' AND id IN " + ours);
  EXPECT_TRUE(confirmed == 0 || confirmed == static_cast<std::int64_t>(s.pledges.size()))
      << confirmed << " of " << s.pledges.size();
  if (status == 200) {
    EXPECT_EQ(confirmed, static_cast<std::int64_t>(s.pledges.size()));
  }

  // The treasurer imports the same file again on the restarted server.
  Child again = start_server(s.url);
  ASSERT_GT(again.port, 0) << "comdev serve did not restart after the crash";
  auto started = std::chrono::steady_clock::now();
  // A loaded machine (the test suite runs side by side) takes seconds over thousands of lines.
  EXPECT_EQ(
      cx::import(again.port, s.treasurer, s.organisation, file, std::chrono::minutes(2)).status,
      200);
  auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started);
  EXPECT_TRUE(stop(again)) << "graceful stop on SIGTERM";
  expect_each_confirmed_once(s);
  // Whether the kill fell inside the first import's transaction: its whole run takes `took`.
  std::printf(
      "money crash test (%s): import answered %d before SIGKILL at 300 ms, %lld of %zu "
      "confirmed then; the whole import takes %lld ms\n",
      store::testing::test_db_kind().c_str(), status.load(), static_cast<long long>(confirmed),
      s.pledges.size(), static_cast<long long>(took.count()));
}

TEST(MoneyCrash, ABurstOfConfirmationsKilledMidwayKeepsWhatItAcknowledgedThenEachOnce) {
  auto database = store::testing::create_test_database();
  ASSERT_TRUE(database.ok()) << database.error().detail;
  Stage s;
  s.url = (*database)->url();
  stage(s, 400);
  if (HasFatalFailure()) return;
  auto confirm = [&](std::uint16_t port, std::int64_t id) {
    return post_form(port, s.treasurer,
                     "/treasury/" + std::to_string(s.organisation) + "/pledges/" +
                         std::to_string(id) + "/confirm",
                     "")
        .status;
  };

  Child server = start_server(s.url);
  ASSERT_GT(server.port, 0) << "comdev serve did not start";
  std::mutex mu;
  std::vector<std::int64_t> acknowledged;
  std::atomic<bool> stopped{false};
  std::vector<std::thread> clients;
  constexpr int kClients = 6;
  for (int t = 0; t < kClients; ++t) {
    clients.emplace_back([&, t] {
      // Each pledge clicked twice, by two clients: a treasurer's double click.
      for (std::size_t i = static_cast<std::size_t>(t) / 2; i < s.pledges.size() && !stopped;
           i += kClients / 2) {
        int status = confirm(server.port, s.pledges[i]);
        if (status == 303) {
          std::lock_guard lock(mu);
          acknowledged.push_back(s.pledges[i]);
        } else if (status == 0) {
          return;  // the server is gone
        }
      }
    });
  }
  for (int waited = 0; waited < 500; ++waited) {
    {
      std::lock_guard lock(mu);
      if (acknowledged.size() >= s.pledges.size() / 3) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(kill_hard(server)) << "the server must have been killed, not have exited";
  stopped = true;
  for (auto& c : clients) c.join();
  ASSERT_GT(acknowledged.size(), 10u) << "the burst did not run";

  // Every confirmation the server acknowledged is there, with its receipt.
  EXPECT_EQ(count(s, "SELECT COUNT(*) FROM pledges WHERE state = 'confirmed' AND id IN " +
                         in_list(acknowledged)),
            static_cast<std::int64_t>(
                std::set<std::int64_t>(acknowledged.begin(), acknowledged.end()).size()));

  // The treasurer confirms everything again on the restarted server: what was done is refused
  // (409), the rest is confirmed.
  Child again = start_server(s.url);
  ASSERT_GT(again.port, 0) << "comdev serve did not restart after the crash";
  for (auto id : s.pledges) {
    int status = confirm(again.port, id);
    EXPECT_TRUE(status == 303 || status == 409) << status;
  }
  EXPECT_TRUE(stop(again)) << "graceful stop on SIGTERM";
  expect_each_confirmed_once(s);
  std::printf("money crash test (%s): %zu confirmations acknowledged before SIGKILL\n",
              store::testing::test_db_kind().c_str(), acknowledged.size());
}

}  // namespace
}  // namespace comdev::testing
