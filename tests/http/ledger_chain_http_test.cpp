// The ledger's append API and its chain on the real database (SQLite and PostgreSQL): entries
// chain in order, concurrent appends to one project never fork the chain, an append commits or
// rolls back with its caller's transaction, the database refuses UPDATE and DELETE, and a row
// altered or removed behind the application's back is named by verify.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "features/ledger/ledger_verify.h"
#include "ledger_test_store.h"
#include "teams_test_store.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

namespace lx = ledger_test_store;
using ledger::Kind;

class LedgerChain : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    project = teams_test_store::new_project(server->db(), "Château d'eau de Tazrout");
    ASSERT_NE(project, 0);
  }
  store::Db& db() { return server->db(); }
  std::unique_ptr<TestServer> server;
  std::int64_t project = 0;
};

TEST_F(LedgerChain, EntriesChainInOrderAndKeepTheTotals) {
  auto a = lx::append(db(), lx::money_in(project, 100000));
  auto b = lx::append(db(), lx::money_in(project, 2550, "EUR"));
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->seq, 1);
  EXPECT_EQ(a->prev_hash, "");
  EXPECT_EQ(b->seq, 2);
  EXPECT_EQ(b->prev_hash, a->hash);
  auto rev = lx::money_in(project, 1);
  rev.kind = Kind::reversal;
  rev.reverses_entry_id = a->id;
  rev.label = "Virement en double";
  auto r = lx::append(db(), rev);
  ASSERT_TRUE(r.ok()) << r.error().message_id;
  EXPECT_EQ(r->amount_minor, 100000);  // taken from the reversed entry
  auto lease = db().acquire();
  auto totals = lx::ls::totals(**lease, project);
  ASSERT_TRUE(totals.ok());
  std::int64_t mad = -1, eur = -1;
  for (const auto& t : *totals) {
    if (t.bucket == "money_in" && t.currency == "MAD") mad = t.total_minor;
    if (t.bucket == "money_in" && t.currency == "EUR") eur = t.total_minor;
  }
  EXPECT_EQ(mad, 0);
  EXPECT_EQ(eur, 2550);
  auto report = ledger::verify(db(), project);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->breaks.empty());
  EXPECT_EQ(report->entries, 3);
  EXPECT_TRUE(ledger::verify(db())->breaks.empty());  // the demo project's ledger too
}

TEST_F(LedgerChain, ConcurrentAppendsNeverForkTheChain) {
  constexpr int kThreads = 6, kEach = 15;
  std::vector<std::thread> threads;
  std::atomic<int> failed{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        if (!lx::append(db(), lx::money_in(project, 100 + i)).ok()) ++failed;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(lx::scalar(db(), "SELECT COUNT(*) FROM ledger_entries WHERE project_id = $1", project),
            kThreads * kEach);
  EXPECT_EQ(lx::scalar(db(), "SELECT MAX(seq) FROM ledger_entries WHERE project_id = $1", project),
            kThreads * kEach);
  auto report = ledger::verify(db(), project);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->breaks.empty()) << report->breaks.front().reason;
}

TEST_F(LedgerChain, AnAppendRollsBackWithItsCallersTransaction) {
  ASSERT_TRUE(lx::append(db(), lx::money_in(project, 500)).ok());
  auto r = db().transaction<int>([&](store::Conn& c) -> Result<int> {
    auto e = lx::ls::append_entry(c, lx::money_in(project, 700));
    if (!e) return e.error();
    return Error::conflict("errors.conflict");  // the caller's own write failed after it
  });
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(lx::scalar(db(), "SELECT COUNT(*) FROM ledger_entries WHERE project_id = $1", project),
            1);
  auto next = lx::append(db(), lx::money_in(project, 900));
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(next->seq, 2);
  EXPECT_TRUE(ledger::verify(db(), project)->breaks.empty());
}

TEST_F(LedgerChain, APledgesMoneyIsRecordedOnce) {
  auto e = lx::money_in(project, 5000, "EUR");
  e.pledge_id = 41;  // a plain number: the pledges table belongs to the campaigns feature
  ASSERT_TRUE(lx::append(db(), e).ok());
  auto again = lx::append(db(), e);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  EXPECT_EQ(again.error().message_id, "ledger.errors.pledge_recorded");
  EXPECT_EQ(lx::scalar(db(), "SELECT COUNT(*) FROM ledger_entries WHERE pledge_id = 41"), 1);
  EXPECT_TRUE(ledger::verify(db(), project)->breaks.empty());
}

TEST_F(LedgerChain, TheDatabaseRefusesUpdatesAndDeletes) {
  auto a = lx::append(db(), lx::money_in(project, 500));
  ASSERT_TRUE(a.ok());
  EXPECT_FALSE(
      db().query("UPDATE ledger_entries SET amount_minor = 1 WHERE id = $1", store::params(a->id))
          .ok());
  EXPECT_FALSE(db().query("DELETE FROM ledger_entries WHERE id = $1", store::params(a->id)).ok());
  EXPECT_EQ(lx::scalar(db(), "SELECT amount_minor FROM ledger_entries WHERE id = $1", a->id), 500);
}

TEST_F(LedgerChain, VerifyNamesARowAlteredInTheDatabase) {
  std::vector<ledger::Entry> made;
  for (int i = 1; i <= 5; ++i) made.push_back(*lx::append(db(), lx::money_in(project, i * 1000)));
  ASSERT_TRUE(lx::drop_guards(db()));
  ASSERT_TRUE(db().query("UPDATE ledger_entries SET amount_minor = 999999 WHERE id = $1",
                         store::params(made[2].id))
                  .ok());
  auto report = ledger::verify(db());
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->breaks.size(), 1u);
  EXPECT_EQ(report->breaks[0].project_id, project);
  EXPECT_EQ(report->breaks[0].seq, 3);
  EXPECT_EQ(report->breaks[0].id, made[2].id);
  EXPECT_EQ(report->breaks[0].reason, "hash");
}

TEST_F(LedgerChain, VerifyNamesRemovedEntries) {
  std::vector<ledger::Entry> made;
  for (int i = 1; i <= 4; ++i) made.push_back(*lx::append(db(), lx::money_in(project, i * 1000)));
  ASSERT_TRUE(lx::drop_guards(db()));
  // The last one: no later entry points at it, only the head tells.
  ASSERT_TRUE(
      db().query("DELETE FROM ledger_entries WHERE id = $1", store::params(made[3].id)).ok());
  auto report = ledger::verify(db(), project);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->breaks.size(), 1u);
  EXPECT_EQ(report->breaks[0].reason, "head");
  EXPECT_EQ(report->breaks[0].seq, 4);
  // One in the middle.
  ASSERT_TRUE(
      db().query("DELETE FROM ledger_entries WHERE id = $1", store::params(made[1].id)).ok());
  report = ledger::verify(db(), project);
  ASSERT_EQ(report->breaks.size(), 1u);
  EXPECT_EQ(report->breaks[0].seq, 3);
  EXPECT_EQ(report->breaks[0].reason, "seq");
}

TEST_F(LedgerChain, ReversalsAndConfirmationsFollowTheRules) {
  auto other = teams_test_store::new_project(db(), "Piste de Tafraout");
  auto theirs = lx::append(db(), lx::money_in(other, 500));
  auto mine = lx::append(db(), lx::money_in(project, 500));
  ASSERT_TRUE(theirs.ok() && mine.ok());
  auto rev = lx::money_in(project, 1);
  rev.kind = Kind::reversal;
  rev.label = "Erreur";
  rev.reverses_entry_id = theirs->id;
  auto r = lx::append(db(), rev);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::not_found);

  rev.reverses_entry_id = mine->id;
  auto first = lx::append(db(), rev);
  ASSERT_TRUE(first.ok());
  auto twice = lx::append(db(), rev);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().fields.front().message_id, "ledger.errors.already_reversed");
  rev.reverses_entry_id = first->id;
  auto of_reversal = lx::append(db(), rev);
  ASSERT_FALSE(of_reversal.ok());
  EXPECT_EQ(of_reversal.error().fields.front().message_id, "ledger.errors.reversal_of_reversal");

  auto skill = lx::money_in(project, 60000);
  skill.kind = Kind::skill;
  skill.hours_centi = 1200;
  skill.rate_minor = 5000;
  skill.description = "Étude topographique";
  auto s = lx::append(db(), skill);
  ASSERT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message_id);
  auto confirm = lx::money_in(project, 1);
  confirm.kind = Kind::confirmation;
  confirm.label.clear();
  confirm.confirms_entry_id = s->id;
  ASSERT_TRUE(lx::append(db(), confirm).ok());
  auto again = lx::append(db(), confirm);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().fields.front().message_id, "ledger.errors.already_confirmed");
  EXPECT_TRUE(ledger::verify(db())->breaks.empty());
}

}  // namespace
}  // namespace comdev::testing
