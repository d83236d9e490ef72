// Online payment of pledges over real HTTP, on SQLite and PostgreSQL, against a stand-in for
// HelloAsso's API (tests/support/helloasso_standin.py): off by default (no button, 404s); once
// configured, the donor's pending pledge in euros has "Pay online", which sends them to the
// provider's checkout; a notification or a return confirms the pledge only when the provider's
// API says a payment of its amount is authorised, and only once (one receipt, means "online");
// a forged notification, a partial payment and a pledge in dirhams confirm nothing; the law 18-18
// report counts the payment as online.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app_test_util.h"
#include "campaigns_test_store.h"
#include "helloasso_standin.h"

namespace comdev::testing {
namespace {

namespace cx = campaigns_test_store;

std::string with_currency(std::string form, const std::string& currency) {
  auto at = form.find("currency=MAD");
  if (at != std::string::npos) form.replace(at, 12, "currency=" + currency);
  return form;
}

class Payments : public ::testing::Test {
 protected:
  void SetUp() override {
    standin = std::make_unique<HelloAssoStandin>();
    plain = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    s = cx::stage(*plain, "Château d'eau d'Imlil");
    eur_campaign = publish_campaign("Un château d'eau pour Imlil", "EUR");
    // The same data served with HelloAsso configured for the stage's collecting organisation.
    paying = TestServer::start([this](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
      c.database_url = plain->database_url();
      c.helloasso_api_url = standin->url();
      c.helloasso_client_id = HelloAssoStandin::kClientId;
      c.helloasso_client_secret = HelloAssoStandin::kClientSecret;
      c.helloasso_organisation = HelloAssoStandin::kOrganisation;
      c.helloasso_collector_id = s.organisation;
    });
  }

  std::int64_t publish_campaign(const std::string& title, const std::string& currency) {
    auto made =
        post_form(plain->port(), s.carrier, "/projects/" + std::to_string(s.project) + "/campaigns",
                  with_currency(cx::campaign_form(s, title), currency));
    EXPECT_EQ(made.status, 303) << made.body.substr(0, 500);
    auto id = cx::latest_campaign(plain->db(), s.project);
    auto url = "/campaigns/" + std::to_string(id);
    EXPECT_EQ(post_form(plain->port(), s.carrier, url + "/submit", "").status, 303);
    EXPECT_EQ(post_form(plain->port(), s.animator, url + "/publish", "").status, 303);
    return id;
  }

  std::int64_t pledge(TestServer& server, std::int64_t campaign, const std::string& amount,
                      const std::string& key) {
    auto r =
        post_form(server.port(), s.donor, "/campaigns/" + std::to_string(campaign) + "/pledges",
                  "amount=" + http::percent_encode(amount) + "&idempotency_key=" + key);
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 500);
    return cx::pledge_id_of(r);
  }

  // The donor presses "Pay online": the checkout's id at the stand-in, "" when not redirected
  // there.
  std::string pay_online(std::int64_t pledge_id) {
    auto r = post_form(paying->port(), s.donor,
                       "/pledges/" + std::to_string(pledge_id) + "/pay-online", "");
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 500);
    const std::string prefix = standin->url() + "/checkout/";
    auto location = r.headers["location"];
    EXPECT_EQ(location.rfind(prefix, 0), 0u) << location;
    return location.rfind(prefix, 0) == 0 ? location.substr(prefix.size()) : std::string();
  }

  int notify(TestServer& server, const std::string& body) {
    http::testing::Client c(server.port());
    return c
        .request("POST", "/payments/helloasso/notify", {{"Content-Type", "application/json"}}, body)
        .status;
  }

  std::int64_t count(const std::string& sql, std::int64_t id) {
    return cx::count(paying->db(), sql, id);
  }
  std::int64_t receipts_of(std::int64_t pledge_id) {
    return count("SELECT COUNT(*) FROM receipts WHERE pledge_id = $1", pledge_id);
  }
  std::int64_t ledger_of(std::int64_t pledge_id) {
    return count("SELECT COUNT(*) FROM ledger_entries WHERE pledge_id = $1", pledge_id);
  }
  std::int64_t confirmations_of(std::int64_t pledge_id) {
    return count(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'pledge.confirmed' AND subject_id = $1",
        pledge_id);
  }

  std::unique_ptr<HelloAssoStandin> standin;
  std::unique_ptr<TestServer> plain, paying;
  cx::Stage s;
  std::int64_t eur_campaign = 0;
};

TEST_F(Payments, OffByDefaultThereIsNoButtonAndThePaymentAddressesAreNotFound) {
  auto id = pledge(*plain, eur_campaign, "50", "pay-off-1");
  ASSERT_GT(id, 0);
  auto page = get_as(plain->port(), s.donor, "/pledges/" + std::to_string(id));
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(contains(page.body, "/pay-online"));
  EXPECT_EQ(post_form(plain->port(), s.donor, "/pledges/" + std::to_string(id) + "/pay-online", "")
                .status,
            404);
  EXPECT_EQ(notify(*plain, R"({"eventType":"Order","data":{"checkoutIntentId":7001}})"), 404);
  EXPECT_EQ(
      get_as(plain->port(), s.donor, "/payments/helloasso/return?checkoutIntentId=7001").status,
      404);
  EXPECT_EQ(cx::pledge_state(plain->db(), id), "pledged");
}

TEST_F(Payments, APaymentTheProviderAuthorisedConfirmsThePledgeOnceWithAnOnlineReceipt) {
  auto id = pledge(*paying, eur_campaign, "50", "pay-on-1");
  ASSERT_GT(id, 0);
  const std::string pledge_url = "/pledges/" + std::to_string(id);
  auto page = get_as(paying->port(), s.donor, pledge_url);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, pledge_url + "/pay-online")) << page.body.substr(0, 3000);
  EXPECT_TRUE(contains(page.body, "Payer en ligne"));
  // Nobody else starts paying the donor's pledge.
  EXPECT_EQ(post_form(paying->port(), s.carrier, pledge_url + "/pay-online", "").status, 404);
  EXPECT_EQ(post_form(paying->port(), s.treasurer, pledge_url + "/pay-online", "").status, 409);
  EXPECT_FALSE(contains(get_as(paying->port(), s.treasurer, pledge_url).body, "/pay-online"));

  auto checkout = pay_online(id);
  ASSERT_FALSE(checkout.empty());
  EXPECT_EQ(
      cx::text(paying->db(), "SELECT checkout_id FROM online_payments WHERE pledge_id = $1", id),
      checkout);
  EXPECT_EQ(cx::text(paying->db(), "SELECT state FROM online_payments WHERE pledge_id = $1", id),
            "created");
  auto asked = nlohmann::json::parse(standin->asked(checkout), nullptr, false);
  ASSERT_TRUE(asked.is_object());
  EXPECT_EQ(asked["totalAmount"], 5000);
  EXPECT_EQ(asked["initialAmount"], 5000);
  EXPECT_EQ(asked["containsDonation"], true);
  EXPECT_EQ(asked["metadata"]["pledge_id"], id);
  EXPECT_TRUE(contains(asked["returnUrl"].get<std::string>(), "/payments/helloasso/return"));

  // A forged notification: the body claims a payment, the provider knows none.
  EXPECT_EQ(notify(*paying, R"({"eventType":"Order","data":{"checkoutIntentId":)" + checkout +
                                R"(,"payments":[{"id":1,"state":"Authorized","amount":5000}]}})"),
            200);
  EXPECT_EQ(cx::pledge_state(paying->db(), id), "pledged");
  EXPECT_EQ(receipts_of(id), 0);
  // The donor comes back before paying: nothing confirmed, told to wait.
  auto early =
      get_as(paying->port(), s.donor,
             "/payments/helloasso/return?checkoutIntentId=" + checkout + "&code=succeeded");
  ASSERT_EQ(early.status, 303);
  EXPECT_EQ(early.headers["location"], pledge_url + "?done=paying");
  EXPECT_EQ(cx::pledge_state(paying->db(), id), "pledged");

  // The donor pays; HelloAsso notifies.
  ASSERT_EQ(standin->pay(checkout, -1, "Authorized", 880001), 200);
  EXPECT_EQ(
      notify(*paying, R"({"eventType":"Order","data":{"checkoutIntentId":)" + checkout + "}}"),
      200);
  EXPECT_EQ(cx::pledge_state(paying->db(), id), "confirmed");
  EXPECT_EQ(cx::text(paying->db(), "SELECT means FROM receipts WHERE pledge_id = $1", id),
            "online");
  EXPECT_EQ(receipts_of(id), 1);
  EXPECT_EQ(ledger_of(id), 1);
  EXPECT_EQ(confirmations_of(id), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'pledge.paid_online' "
                  "AND subject_id = $1",
                  id),
            1);
  EXPECT_EQ(
      cx::text(paying->db(), "SELECT payment_id FROM online_payments WHERE pledge_id = $1", id),
      "880001");

  // The same notification again, then the donor's return: nothing more.
  EXPECT_EQ(
      notify(*paying, R"({"eventType":"Order","data":{"checkoutIntentId":)" + checkout + "}}"),
      200);
  auto back = get_as(paying->port(), s.donor,
                     "/payments/helloasso/return?checkoutIntentId=" + checkout + "&code=succeeded");
  ASSERT_EQ(back.status, 303);
  EXPECT_EQ(back.headers["location"], pledge_url + "?done=paid");
  EXPECT_EQ(receipts_of(id), 1);
  EXPECT_EQ(ledger_of(id), 1);
  EXPECT_EQ(confirmations_of(id), 1);
  auto after = get_as(paying->port(), s.donor, pledge_url + "?done=paid");
  EXPECT_TRUE(contains(after.body, "promesse de don est confirmée")) << after.body.substr(0, 3000);
  EXPECT_FALSE(contains(after.body, "/pay-online"));
  // The law 18-18 report counts it as an online payment.
  const std::string campaign_url = "/campaigns/" + std::to_string(eur_campaign);
  ASSERT_EQ(post_form(paying->port(), s.carrier, campaign_url + "/close", "").status, 303);
  auto csv = get_as(paying->port(), s.treasurer, campaign_url + "/report.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(contains(csv.body, "Sommes collectées,Paiement en ligne,1,50.00,,EUR\r\n"))
      << csv.body;
  EXPECT_TRUE(contains(csv.body, "Sommes collectées,Virement confirmé à la main,0,0.00,,EUR\r\n"))
      << csv.body;
  // A checkout the platform never made is acknowledged and ignored.
  EXPECT_EQ(notify(*paying, R"({"data":{"checkoutIntentId":123456789}})"), 200);
  EXPECT_EQ(notify(*paying, "not json"), 400);
}

TEST_F(Payments, APaymentOfAnotherAmountConfirmsNothing) {
  auto id = pledge(*paying, eur_campaign, "80", "pay-on-2");
  ASSERT_GT(id, 0);
  auto checkout = pay_online(id);
  ASSERT_FALSE(checkout.empty());
  ASSERT_EQ(standin->pay(checkout, 4000), 200);
  EXPECT_EQ(
      notify(*paying, R"({"eventType":"Order","data":{"checkoutIntentId":)" + checkout + "}}"),
      200);
  auto back =
      get_as(paying->port(), s.donor, "/payments/helloasso/return?checkoutIntentId=" + checkout);
  EXPECT_EQ(back.headers["location"], "/pledges/" + std::to_string(id) + "?done=paying");
  EXPECT_EQ(cx::pledge_state(paying->db(), id), "pledged");
  EXPECT_EQ(receipts_of(id), 0);
  EXPECT_EQ(cx::text(paying->db(), "SELECT state FROM online_payments WHERE pledge_id = $1", id),
            "created");
}

TEST_F(Payments, APledgeInDirhamsHasNoOnlineButton) {
  auto mad_campaign = publish_campaign("Une école pour Imlil", "MAD");
  auto id = pledge(*paying, mad_campaign, "500", "pay-mad-1");
  ASSERT_GT(id, 0);
  auto page = get_as(paying->port(), s.donor, "/pledges/" + std::to_string(id));
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(contains(page.body, "/pay-online"));
  EXPECT_EQ(post_form(paying->port(), s.donor, "/pledges/" + std::to_string(id) + "/pay-online", "")
                .status,
            409);
  EXPECT_EQ(count("SELECT COUNT(*) FROM online_payments WHERE pledge_id = $1", id), 0);
}

}  // namespace
}  // namespace comdev::testing
