// The ledger over HTTP on both databases: bad amounts and currencies refused with their reason
// and nothing appended; reversals only of this project's entries and never of a reversal; the
// public page "Where the money went" with totals, budget lines and public receipts, in French
// and Arabic, paged; the CSV, XLSX and JSON exports; a row altered in the database named by
// verify.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/csv.h"
#include "core/time.h"
#include "documents_test_store.h"
#include "features/ledger/ledger_chain.h"
#include "features/ledger/ledger_verify.h"
#include "ledger_test_store.h"
#include "team_roles_test_util.h"

namespace comdev::testing {
namespace {

namespace lx = ledger_test_store;
namespace dx = documents_test_store;

class LedgerHttp : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    animator = sign_in_new_member(server->db(), Role::animator);
    stage = stage_team(*server, animator, "carrier", "Château d'eau de Tazrout");
    base = "/projects/" + std::to_string(stage.project) + "/ledger";
  }
  std::int64_t entries() {
    return lx::scalar(server->db(), "SELECT COUNT(*) FROM ledger_entries WHERE project_id = $1",
                      stage.project);
  }
  http::testing::ClientResponse record(const std::string& body) {
    return post_form(server->port(), stage.actor, base + "/entries", body);
  }
  std::int64_t last_id() {
    return lx::scalar(server->db(), "SELECT MAX(id) FROM ledger_entries WHERE project_id = $1",
                      stage.project);
  }

  std::unique_ptr<TestServer> server;
  SignedIn animator;
  TeamStage stage;
  std::string base;
};

TEST_F(LedgerHttp, BadAmountsAndCurrenciesAreRefusedWithTheirReason) {
  const std::pair<std::string, std::string> bad[] = {
      {"amount=-5&currency=MAD", "money.errors"},
      {"amount=0&currency=MAD", "money.errors"},
      {"amount=1000000000000000&currency=MAD", "money.errors"},
      {"amount=12.345&currency=MAD", "money.errors"},
      {"amount=douze&currency=MAD", "money.errors"},
      {"amount=12&currency=USD", "ledger.errors.currency"},
  };
  for (const auto& [fields, why] : bad) {
    auto r = record("kind=grant&label=Subvention&" + fields);
    EXPECT_EQ(r.status, 422) << fields;
    EXPECT_TRUE(contains(r.body, "form-errors")) << fields;
  }
  auto no_receipt = record("kind=money_out&label=Ciment&amount=100&currency=MAD");
  EXPECT_EQ(no_receipt.status, 422);
  auto other = teams_test_store::new_project(server->db(), "Autre projet");
  auto foreign = lx::receipt(server->db(), other, "Facture d'un autre projet");
  auto wrong_receipt = record("kind=money_out&label=Ciment&amount=100&currency=MAD&document_id=" +
                              std::to_string(foreign));
  EXPECT_EQ(wrong_receipt.status, 422);
  EXPECT_EQ(entries(), 0);
  auto ok = record("kind=grant&label=Subvention%20INDH&amount=1%20250,50&currency=MAD");
  EXPECT_EQ(ok.status, 303);
  EXPECT_EQ(
      lx::scalar(server->db(), "SELECT amount_minor FROM ledger_entries WHERE id = $1", last_id()),
      125050);
}

TEST_F(LedgerHttp, ReversalsAreOfThisProjectsEntriesAndNeverOfAReversal) {
  ASSERT_EQ(record("kind=grant&label=Subvention&amount=500&currency=EUR").status, 303);
  auto grant = last_id();
  auto p = server->port();
  auto empty_reason =
      post_form(p, stage.actor, base + "/entries/" + std::to_string(grant) + "/reverse", "reason=");
  EXPECT_EQ(empty_reason.status, 422);
  auto r = post_form(p, stage.actor, base + "/entries/" + std::to_string(grant) + "/reverse",
                     "reason=Saisie+en+double");
  EXPECT_EQ(r.status, 303);
  auto reversal = last_id();
  auto again = post_form(p, stage.actor, base + "/entries/" + std::to_string(grant) + "/reverse",
                         "reason=Encore");
  EXPECT_EQ(again.status, 422);
  auto of_reversal = post_form(
      p, stage.actor, base + "/entries/" + std::to_string(reversal) + "/reverse", "reason=Non");
  EXPECT_EQ(of_reversal.status, 422);

  auto other = teams_test_store::new_project(server->db(), "Piste de Tafraout");
  auto theirs = lx::append(server->db(), lx::money_in(other, 900));
  ASSERT_TRUE(theirs.ok());
  auto foreign = post_form(
      p, stage.actor, base + "/entries/" + std::to_string(theirs->id) + "/reverse", "reason=X");
  EXPECT_EQ(foreign.status, 404);
  EXPECT_EQ(entries(), 2);
  EXPECT_TRUE(ledger::verify(server->db())->breaks.empty());
}

TEST_F(LedgerHttp, WhereTheMoneyWentShowsTotalsBudgetAndPublicReceipts) {
  auto p = server->port();
  auto up = dx::upload(p, stage.actor, "/projects/" + std::to_string(stage.project) + "/documents",
                       "facture.pdf", dx::kPdf + "% facture du cimentier\n", "Facture ciment");
  auto doc = dx::document_id_of(up);
  ASSERT_NE(doc, 0);
  ASSERT_EQ(
      post_form(p, stage.actor, base + "/budget", "label=R%C3%A9servoir&planned=10000&currency=MAD")
          .status,
      303);
  auto line =
      lx::scalar(server->db(), "SELECT MAX(id) FROM project_budget_lines WHERE project_id = $1",
                 stage.project);
  ASSERT_EQ(record("kind=money_in&label=Dons+de+la+diaspora&amount=20000&currency=MAD").status,
            303);
  ASSERT_EQ(record("kind=money_out&label=Ciment+pour+la+cuve&amount=2500&currency=MAD&piece=F-14"
                   "&receipt_public=1&budget_line=" +
                   std::to_string(line) + "&document_id=" + std::to_string(doc))
                .status,
            303);
  auto out_id = last_id();
  ASSERT_EQ(record("kind=material&label=Sable&quantity=3+camions&amount=1500&currency=MAD"
                   "&budget_line=" +
                   std::to_string(line))
                .status,
            303);
  ASSERT_EQ(record("kind=money_out&label=Transport&amount=300&currency=MAD&document_id=" +
                   std::to_string(doc))
                .status,
            303);
  auto private_receipt = last_id();

  http::testing::Client visitor(p);
  auto fr = visitor.get(base, {{"Accept-Language", "fr"}});
  ASSERT_EQ(fr.status, 200);
  EXPECT_TRUE(contains(fr.body, "Ciment pour la cuve"));
  EXPECT_TRUE(contains(fr.body, "Sable"));
  EXPECT_TRUE(contains(fr.body, "Réservoir"));
  EXPECT_TRUE(contains(fr.body, "F-14"));
  EXPECT_TRUE(contains(fr.body, "Facture ciment"));
  EXPECT_TRUE(contains(fr.body, "/entries/" + std::to_string(out_id) + "/receipt"));
  EXPECT_FALSE(contains(fr.body, "/entries/" + std::to_string(private_receipt) + "/receipt"));
  EXPECT_FALSE(contains(fr.body, "<script"));
  auto receipt = visitor.get(base + "/entries/" + std::to_string(out_id) + "/receipt");
  EXPECT_EQ(receipt.status, 200);
  EXPECT_TRUE(contains(receipt.body, "facture du cimentier"));
  EXPECT_EQ(visitor.get(base + "/entries/" + std::to_string(private_receipt) + "/receipt").status,
            404);

  auto ar = visitor.get(base, {{"Accept-Language", "ar"}});
  ASSERT_EQ(ar.status, 200);
  EXPECT_TRUE(contains(ar.body, "dir=\"rtl\""));
  EXPECT_TRUE(contains(ar.body, "أين ذهب المال"));

  auto project_page = visitor.get("/projects/" + std::to_string(stage.project));
  EXPECT_TRUE(contains(project_page.body, "href=\"" + base + "\""));
}

TEST_F(LedgerHttp, ThePublicPageIsPaged) {
  for (int i = 1; i <= 60; ++i)
    ASSERT_TRUE(lx::append(server->db(), lx::money_in(stage.project, i)).ok());
  http::testing::Client visitor(server->port());
  auto first = visitor.get(base);
  ASSERT_EQ(first.status, 200);
  EXPECT_TRUE(contains(first.body, "#60 "));
  EXPECT_FALSE(contains(first.body, "#10 "));
  EXPECT_TRUE(contains(first.body, "?before=11"));
  auto older = visitor.get(base + "?before=11");
  EXPECT_TRUE(contains(older.body, "#10 "));
  EXPECT_FALSE(contains(older.body, "#11 "));
}

TEST_F(LedgerHttp, ExportsInTheAccountantsShape) {
  ASSERT_EQ(record("kind=grant&label=%3DHYPERLINK(%22http://x%22)&amount=1000&currency=EUR").status,
            303);
  ASSERT_EQ(record("kind=material&label=Sable&amount=1500,50&currency=MAD").status, 303);
  http::testing::Client visitor(server->port());
  auto csv = visitor.get("/api/v1/projects/" + std::to_string(stage.project) + "/ledger.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(contains(csv.headers["content-type"], "text/csv"));
  auto records = core::csv::parse(std::string_view(csv.body).substr(3), ',');
  ASSERT_TRUE(records.ok());
  ASSERT_EQ(records->size(), 5u);
  EXPECT_EQ((*records)[0].fields[0], "date");
  EXPECT_EQ((*records)[1].fields[2], "512");
  EXPECT_EQ((*records)[1].fields[4], "1000.00");
  EXPECT_EQ((*records)[1].fields[6], "'=HYPERLINK(\"http://x\")");
  EXPECT_EQ((*records)[4].fields[5], "1500.50");

  auto xlsx = visitor.get(base + ".xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");

  auto api = visitor.get("/api/v1/projects/" + std::to_string(stage.project) + "/ledger");
  ASSERT_EQ(api.status, 200);
  auto j = nlohmann::json::parse(api.body);
  ASSERT_EQ(j["entries"].size(), 2u);
  EXPECT_EQ(j["entries"][0]["prev_hash"], j["entries"][1]["hash"]);
  EXPECT_EQ(j["head"]["hash"], j["entries"][0]["hash"]);
  EXPECT_EQ(j["entries"][0]["amount"], "1500.50");
  // The public page shows the start of the chain's last hash, which anyone can compare.
  auto page = visitor.get(base);
  EXPECT_TRUE(contains(page.body, j["head"]["hash"].get<std::string>().substr(0, 16)));
  EXPECT_EQ(visitor.get("/api/v1/projects/999999/ledger").status, 404);
  EXPECT_EQ(
      visitor.get("/api/v1/projects/" + std::to_string(stage.project) + "/ledger?limit=0").status,
      422);
}

TEST_F(LedgerHttp, BudgetLinesStartFromFundingNeedsAndALineInUseStays) {
  auto& db = server->db();
  auto now = core::iso_now();
  ASSERT_TRUE(db.query("INSERT INTO needs (project_id, kind, title, amount_minor, currency, "
                       "created_at, updated_at) VALUES ($1, 'funding', 'Citerne de 50 m3', "
                       "4500000, 'MAD', $2, $2)",
                       store::params(stage.project, now))
                  .ok());
  auto p = server->port();
  ASSERT_EQ(post_form(p, stage.actor, base + "/budget/from-needs", "").status, 303);
  ASSERT_EQ(post_form(p, stage.actor, base + "/budget/from-needs", "").status, 303);
  const std::string lines = "SELECT COUNT(*) FROM project_budget_lines WHERE project_id = $1";
  EXPECT_EQ(lx::scalar(db, lines, stage.project), 1);  // taken once
  auto line =
      lx::scalar(db, "SELECT id FROM project_budget_lines WHERE project_id = $1", stage.project);
  EXPECT_EQ(lx::scalar(db, "SELECT planned_minor FROM project_budget_lines WHERE id = $1", line),
            4500000);
  ASSERT_EQ(record("kind=material&label=Sable&amount=1500&currency=MAD&budget_line=" +
                   std::to_string(line))
                .status,
            303);
  auto in_euros = record("kind=grant&label=Subvention&amount=100&currency=EUR&budget_line=" +
                         std::to_string(line));
  EXPECT_EQ(in_euros.status, 422);
  auto removed =
      post_form(p, stage.actor, base + "/budget/" + std::to_string(line) + "/remove", "");
  EXPECT_EQ(removed.status, 422);
  EXPECT_EQ(lx::scalar(db, lines, stage.project), 1);
  auto changed = post_form(p, stage.actor, base + "/budget/" + std::to_string(line),
                           "label=Citerne&planned=48000&currency=MAD&position=1");
  EXPECT_EQ(changed.status, 303);
  EXPECT_EQ(lx::scalar(db, "SELECT planned_minor FROM project_budget_lines WHERE id = $1", line),
            4800000);
  http::testing::Client visitor(p);
  auto page = visitor.get(base);
  EXPECT_TRUE(contains(page.body, "Citerne"));
}

TEST_F(LedgerHttp, ARowAlteredInTheDatabaseIsNamedByVerify) {
  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(record("kind=grant&label=Tranche&amount=100&currency=MAD").status, 303);
  }
  auto second =
      lx::scalar(server->db(), "SELECT id FROM ledger_entries WHERE project_id = $1 AND seq = 2",
                 stage.project);
  ASSERT_TRUE(ledger::verify(server->db())->breaks.empty());
  ASSERT_TRUE(lx::drop_guards(server->db()));
  ASSERT_TRUE(server->db()
                  .query("UPDATE ledger_entries SET label = 'Tranche détournée' WHERE id = $1",
                         store::params(second))
                  .ok());
  auto report = ledger::verify(server->db());
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->breaks.size(), 1u);
  EXPECT_EQ(report->breaks[0].project_id, stage.project);
  EXPECT_EQ(report->breaks[0].seq, 2);
  EXPECT_EQ(report->breaks[0].id, second);
}

}  // namespace
}  // namespace comdev::testing
