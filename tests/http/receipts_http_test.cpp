// Receipts over real HTTP, on SQLite and PostgreSQL: a confirmation (by hand or from a bank
// statement) issues the pledge's receipt with the organisation's next number of the year; the
// donor reads it, downloads its PDF and adds their address, nobody else but the treasurers sees
// it; a refund cancels it and keeps its number; a burst of confirmations numbers without gap or
// duplicate; the organisation's details and an animator's tax eligibility reach the next
// receipts only.
#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "app_test_util.h"
#include "campaigns_test_store.h"
#include "features/campaigns/pledge_reference.h"
#include "features/receipts/receipt_rules.h"

namespace comdev::testing {
namespace {

namespace cx = campaigns_test_store;

class Receipts : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    s = cx::stage(*server, "Château d'eau de Tamaloukt");
    auto made = post_form(server->port(), s.carrier,
                          "/projects/" + std::to_string(s.project) + "/campaigns",
                          cx::campaign_form(s, "Un château d'eau pour Tamaloukt"));
    ASSERT_EQ(made.status, 303) << made.body;
    campaign = cx::latest_campaign(server->db(), s.project);
    url = "/campaigns/" + std::to_string(campaign);
    ASSERT_EQ(post_form(server->port(), s.carrier, url + "/submit", "").status, 303);
    ASSERT_EQ(post_form(server->port(), s.animator, url + "/publish", "").status, 303);
    year = core::iso_now().substr(0, 4);
  }

  std::int64_t pledge(const SignedIn& who, const std::string& amount, const std::string& key) {
    auto r = post_form(server->port(), who, url + "/pledges",
                       "amount=" + http::percent_encode(amount) + "&idempotency_key=" + key);
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 500);
    return cx::pledge_id_of(r);
  }

  int treasurer_does(std::int64_t pledge_id, const std::string& what) {
    return post_form(server->port(), s.treasurer,
                     "/treasury/" + std::to_string(s.organisation) + "/pledges/" +
                         std::to_string(pledge_id) + "/" + what,
                     "")
        .status;
  }

  std::int64_t receipt_of(std::int64_t pledge_id) {
    return cx::count(server->db(), "SELECT COALESCE(MAX(id), 0) FROM receipts WHERE pledge_id = $1",
                     pledge_id);
  }

  std::int64_t number_of(std::int64_t pledge_id) {
    return cx::count(server->db(), "SELECT number FROM receipts WHERE pledge_id = $1", pledge_id);
  }

  std::unique_ptr<TestServer> server;
  cx::Stage s;
  std::int64_t campaign = 0;
  std::string url, year;
};

TEST_F(Receipts, AConfirmedGiftHasAReceiptItsDonorDownloadsAndARefundCancels) {
  auto& db = server->db();
  auto first = pledge(s.donor, "500", "receipt-key-1");
  auto second = pledge(s.carrier, "120,50", "receipt-key-2");
  ASSERT_TRUE(first && second);
  // No receipt for a promise.
  EXPECT_EQ(receipt_of(first), 0);
  EXPECT_EQ(
      get_as(server->port(), s.donor, "/pledges/" + std::to_string(first) + "/receipt").status,
      404);

  ASSERT_EQ(treasurer_does(first, "confirm"), 303);
  auto rid = receipt_of(first);
  ASSERT_GT(rid, 0);
  EXPECT_EQ(number_of(first), 1);
  EXPECT_EQ(cx::text(db, "SELECT means FROM receipts WHERE id = $1", rid), "transfer");
  EXPECT_EQ(cx::count(db, "SELECT tax_receipt FROM receipts WHERE id = $1", rid), 0);

  // The donor finds it from their pledge.
  auto pledge_page = get_as(server->port(), s.donor, "/pledges/" + std::to_string(first));
  EXPECT_TRUE(contains(pledge_page.body, "/pledges/" + std::to_string(first) + "/receipt"));
  auto go = get_as(server->port(), s.donor, "/pledges/" + std::to_string(first) + "/receipt");
  ASSERT_EQ(go.status, 303);
  const std::string receipt_url = "/receipts/" + std::to_string(rid);
  EXPECT_EQ(go.headers["location"], receipt_url);
  auto page = get_as(server->port(), s.donor, receipt_url);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, year + "-000001")) << page.body.substr(0, 2000);
  EXPECT_TRUE(contains(page.body, "Ce n&#39;est pas un reçu fiscal") ||
              contains(page.body, "Ce n'est pas un reçu fiscal"));
  auto pdf = get_as(server->port(), s.donor, receipt_url + "/receipt.pdf");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.headers["content-type"], "application/pdf");
  EXPECT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
  EXPECT_TRUE(contains(pdf.headers["content-disposition"], "recu-" + year + "-000001.pdf"));
  EXPECT_TRUE(contains(pdf.headers["cache-control"], "no-store"));

  // Nobody else learns it exists; the organisation's treasurer reads it.
  EXPECT_EQ(get_as(server->port(), s.other_treasurer, receipt_url).status, 404);
  EXPECT_EQ(get_as(server->port(), s.carrier, receipt_url + "/receipt.pdf").status, 404);
  EXPECT_EQ(get_as(server->port(), s.animator, receipt_url).status, 404);
  EXPECT_NE(http::testing::Client(server->port()).get(receipt_url + "/receipt.pdf").status, 200);
  EXPECT_EQ(get_as(server->port(), s.treasurer, receipt_url).status, 200);

  // The donor adds their address; someone else cannot.
  EXPECT_EQ(
      post_form(server->port(), s.treasurer, receipt_url + "/address", "address=Ailleurs").status,
      403);
  auto long_address = post_form(server->port(), s.donor, receipt_url + "/address",
                                "address=" + std::string(301, 'x'));
  EXPECT_EQ(long_address.status, 422);
  auto saved = post_form(server->port(), s.donor, receipt_url + "/address",
                         "address=" + http::percent_encode("3 rue des Lilas, 95100 Argenteuil"));
  EXPECT_EQ(saved.status, 303);
  EXPECT_EQ(cx::text(db, "SELECT donor_address FROM receipts WHERE id = $1", rid),
            "3 rue des Lilas, 95100 Argenteuil");
  EXPECT_EQ(cx::count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'receipt.address'"), 1);

  // The next confirmation takes the next number.
  ASSERT_EQ(treasurer_does(second, "confirm"), 303);
  EXPECT_EQ(number_of(second), 2);

  // A refund cancels the receipt; its number stays taken and listed.
  ASSERT_EQ(treasurer_does(first, "refund"), 303);
  EXPECT_FALSE(cx::text(db, "SELECT cancelled_at FROM receipts WHERE id = $1", rid).empty());
  EXPECT_EQ(number_of(first), 1);
  auto cancelled = get_as(server->port(), s.donor, receipt_url);
  EXPECT_TRUE(contains(cancelled.body, "receipt-cancelled"));
  EXPECT_FALSE(contains(cancelled.body, "name=\"address\""));
  EXPECT_EQ(post_form(server->port(), s.donor, receipt_url + "/address", "address=x").status, 409);
  EXPECT_EQ(get_as(server->port(), s.donor, receipt_url + "/receipt.pdf").status, 200);

  // The register: both numbers, the cancelled one marked; for the treasurers only.
  const std::string reg = "/treasury/" + std::to_string(s.organisation) + "/receipts";
  auto list = get_as(server->port(), s.treasurer, reg);
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(contains(list.body, year + "-000001"));
  EXPECT_TRUE(contains(list.body, year + "-000002"));
  auto csv = get_as(server->port(), s.treasurer, reg + ".csv?year=" + year);
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(contains(csv.body, year + "-000001,"));
  EXPECT_TRUE(contains(csv.body, ",cancelled,"));
  EXPECT_TRUE(contains(csv.body, ",120.50,MAD,transfer,no,"));
  EXPECT_EQ(get_as(server->port(), s.other_treasurer, reg + ".csv?year=" + year).status, 403);
  EXPECT_EQ(get_as(server->port(), s.donor, reg + ".csv?year=" + year).status, 403);
  EXPECT_EQ(get_as(server->port(), s.donor, reg).status, 403);
}

TEST_F(Receipts, AStatementImportIssuesTheReceiptsOfWhatItConfirms) {
  auto& db = server->db();
  auto p = pledge(s.donor, "75", "receipt-statement-1");
  ASSERT_TRUE(p);
  auto ref = campaigns::display_reference(cx::reference_of(db, p));
  std::string statement = "Date;Libellé;Crédit\r\n02/12/2026;VIR DON " + ref + ";75,00\r\n";
  auto first = cx::import(server->port(), s.treasurer, s.organisation, statement);
  ASSERT_EQ(first.status, 200) << first.body.substr(0, 500);
  EXPECT_EQ(number_of(p), 1);
  // The same file again confirms nothing, so issues nothing.
  ASSERT_EQ(cx::import(server->port(), s.treasurer, s.organisation, statement).status, 200);
  EXPECT_EQ(
      cx::count(db, "SELECT COUNT(*) FROM receipts WHERE organisation_id = $1", s.organisation), 1);
}

// Confirmations of many pledges at once, each clicked twice: every confirmed pledge has exactly
// one receipt and the numbers run 1..N with no gap and no duplicate.
TEST_F(Receipts, ABurstOfConfirmationsNumbersWithoutGapOrDuplicate) {
  auto& db = server->db();
  constexpr int kPledges = 10;
  std::vector<std::int64_t> ids;
  for (int i = 0; i < kPledges; ++i) {
    ids.push_back(pledge(i % 2 ? s.donor : s.carrier, std::to_string(10 + i),
                         "burst-receipt-" + std::to_string(i)));
    ASSERT_NE(ids.back(), 0);
  }
  std::atomic<int> confirmed{0}, refused{0}, other{0};
  std::vector<std::thread> threads;
  for (int round = 0; round < 2; ++round) {
    for (auto id : ids) {
      threads.emplace_back([&, id] {
        int status = treasurer_does(id, "confirm");
        (status == 303 ? confirmed : status == 409 ? refused : other)++;
      });
    }
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(confirmed.load(), kPledges);
  EXPECT_EQ(refused.load(), kPledges);
  EXPECT_EQ(other.load(), 0);
  auto rows = db.query("SELECT number FROM receipts WHERE organisation_id = $1 ORDER BY number",
                       store::params(s.organisation));
  ASSERT_TRUE(rows);
  std::vector<std::int64_t> numbers;
  for (const auto& r : rows->rows) numbers.push_back(r.integer(0));
  ASSERT_EQ(numbers.size(), static_cast<std::size_t>(kPledges));
  EXPECT_TRUE(receipts::gaps(numbers).empty());
  EXPECT_EQ(numbers.front(), 1);
  EXPECT_EQ(numbers.back(), kPledges);
  for (auto id : ids) EXPECT_GT(receipt_of(id), 0);
}

TEST_F(Receipts, DetailsAndTaxEligibilityReachTheNextReceiptsOnly) {
  auto& db = server->db();
  const std::string reg = "/treasury/" + std::to_string(s.organisation) + "/receipts";
  auto before = pledge(s.donor, "40", "eligibility-1");
  ASSERT_EQ(treasurer_does(before, "confirm"), 303);

  // The representative gives the organisation's details; a member of nothing cannot.
  auto saved = post_form(server->port(), s.carrier, reg + "/settings",
                         "postal_address=" + http::percent_encode("Centre, Taliouine") +
                             "&registration=" + http::percent_encode("Récépissé 12/2019") +
                             "&object=" + http::percent_encode("Eau potable"));
  EXPECT_EQ(saved.status, 303) << saved.body.substr(0, 500);
  EXPECT_EQ(post_form(server->port(), s.donor, reg + "/settings", "postal_address=x").status, 403);
  EXPECT_EQ(
      post_form(server->port(), s.carrier, reg + "/settings", "object=" + std::string(301, 'o'))
          .status,
      422);
  // Eligibility is an animator's check, not the organisation's say.
  EXPECT_EQ(post_form(server->port(), s.carrier, reg + "/eligibility", "eligible=1").status, 403);
  EXPECT_EQ(post_form(server->port(), s.treasurer, reg + "/eligibility", "eligible=1").status, 403);
  EXPECT_EQ(post_form(server->port(), s.animator, reg + "/eligibility", "eligible=1").status, 303);
  auto animator_view = get_as(server->port(), s.animator, reg);
  EXPECT_EQ(animator_view.status, 200);
  // The animator checks eligibility without seeing the donors.
  EXPECT_FALSE(contains(animator_view.body, year + "-000001"));

  auto after = pledge(s.donor, "60", "eligibility-2");
  ASSERT_EQ(treasurer_does(after, "confirm"), 303);
  auto old_id = receipt_of(before), new_id = receipt_of(after);
  EXPECT_EQ(cx::count(db, "SELECT tax_receipt FROM receipts WHERE id = $1", old_id), 0);
  EXPECT_EQ(cx::count(db, "SELECT tax_receipt FROM receipts WHERE id = $1", new_id), 1);
  EXPECT_EQ(cx::text(db, "SELECT organisation_address FROM receipts WHERE id = $1", old_id), "");
  EXPECT_EQ(cx::text(db, "SELECT organisation_address FROM receipts WHERE id = $1", new_id),
            "Centre, Taliouine");
  auto page = get_as(server->port(), s.donor, "/receipts/" + std::to_string(new_id));
  EXPECT_TRUE(contains(page.body, "certifie sur l")) << page.body.substr(0, 3000);
  EXPECT_EQ(cx::count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'receipts.tax_eligible'"),
            1);
}

// "Your data" holds the member's pledges and receipts.
TEST_F(Receipts, TheDonorsDataExportHoldsTheirPledgesAndReceipts) {
  auto p = pledge(s.donor, "35", "mydata-receipt-1");
  ASSERT_EQ(treasurer_does(p, "confirm"), 303);
  auto file = get_as(server->port(), s.donor, "/account/data.json");
  ASSERT_EQ(file.status, 200);
  auto doc = nlohmann::json::parse(file.body, nullptr, false);
  ASSERT_EQ(doc["sections"]["pledges"].size(), 1u) << file.body.substr(0, 2000);
  EXPECT_EQ(doc["sections"]["pledges"][0]["state"], "confirmed");
  ASSERT_EQ(doc["sections"]["receipts"].size(), 1u);
  auto number = doc["sections"]["receipts"][0]["number"];
  EXPECT_TRUE(number == nlohmann::json(1) || number == nlohmann::json("1")) << number;
  // Another member's export has none of them.
  auto other = nlohmann::json::parse(
      get_as(server->port(), s.other_treasurer, "/account/data.json").body, nullptr, false);
  EXPECT_EQ(other["sections"]["receipts"].size(), 0u);
}

}  // namespace
}  // namespace comdev::testing
