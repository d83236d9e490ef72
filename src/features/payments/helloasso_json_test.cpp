// The HelloAsso messages, written and read without network, on samples shaped as HelloAsso's
// documentation shows them.
#include "features/payments/helloasso_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace comdev::payments::helloasso {
namespace {

TEST(HelloAssoJson, TheTokenRequestEncodesTheClientCredentials) {
  EXPECT_EQ(token_form("abc", "s3cr&t="),
            "grant_type=client_credentials&client_id=abc&client_secret=s3cr%26t%3D");
}

TEST(HelloAssoJson, TheTokenAnswerGivesTheAccessToken) {
  auto t = parse_token(R"({"access_token":"tok","token_type":"bearer","expires_in":1800,
                            "refresh_token":"r"})");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->access_token, "tok");
  EXPECT_EQ(t->expires_in, 1800);
  EXPECT_FALSE(parse_token(R"({"error":"unauthorized_client"})"));
  EXPECT_FALSE(parse_token("<html>"));
}

TEST(HelloAssoJson, TheCheckoutIntentAsksTheWholeAmountAsADonationWithThePledgeInMetadata) {
  CheckoutRequest r;
  r.pledge_id = 12;
  r.reference = "CD-2026-0001";
  r.amount_minor = 5000;
  r.currency = "EUR";
  r.item_name = "Don : Un château d'eau";
  r.return_url = "https://comdev.example/payments/helloasso/return";
  r.back_url = "https://comdev.example/pledges/12";
  r.error_url = "https://comdev.example/pledges/12?done=paying";
  auto j = nlohmann::json::parse(checkout_intent_body(r));
  EXPECT_EQ(j["totalAmount"], 5000);
  EXPECT_EQ(j["initialAmount"], 5000);
  EXPECT_EQ(j["itemName"], "Don : Un château d'eau");
  EXPECT_EQ(j["returnUrl"], r.return_url);
  EXPECT_EQ(j["backUrl"], r.back_url);
  EXPECT_EQ(j["errorUrl"], r.error_url);
  EXPECT_EQ(j["containsDonation"], true);
  EXPECT_EQ(j["metadata"]["pledge_id"], 12);
  EXPECT_EQ(j["metadata"]["reference"], "CD-2026-0001");
}

TEST(HelloAssoJson, TheCreatedCheckoutGivesItsIdAndWhereToSendTheDonor) {
  auto c = parse_checkout_created(
      R"({"id":44521,"redirectUrl":"https://www.helloasso.com/associations/x/checkout/abc"})");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->id, "44521");
  EXPECT_EQ(c->redirect_url, "https://www.helloasso.com/associations/x/checkout/abc");
  EXPECT_FALSE(parse_checkout_created(R"js({"id":1,"redirectUrl":"javascript:alert(1)"})js"));
  EXPECT_FALSE(parse_checkout_created(R"({"redirectUrl":"https://x"})"));
}

TEST(HelloAssoJson, AnUnpaidCheckoutHasNoPayment) {
  auto s = parse_checkout(R"({"id":44521,"redirectUrl":"https://x","metadata":{"pledge_id":12}})");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->checkout_id, "44521");
  EXPECT_EQ(s->pledge_id, 12);
  EXPECT_EQ(s->currency, "EUR");
  EXPECT_TRUE(s->payments.empty());
}

TEST(HelloAssoJson, APaidCheckoutListsItsOrdersPayments) {
  auto s = parse_checkout(R"({
    "id": 44521,
    "metadata": {"pledge_id": "12", "reference": "CD-2026-0001"},
    "order": {"id": 7001, "amount": {"total": 5000},
              "payments": [{"id": 9001, "amount": 5000, "state": "Authorized"},
                           {"id": 9000, "amount": 5000, "state": "Refused"},
                           {"amount": 5000, "state": "Authorized"}]}})");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->pledge_id, 12);
  ASSERT_EQ(s->payments.size(), 2u);  // a payment without id is no payment
  EXPECT_EQ(s->payments[0].id, "9001");
  EXPECT_EQ(s->payments[0].state, "Authorized");
  EXPECT_EQ(s->payments[0].amount_minor, 5000);
  EXPECT_EQ(s->payments[1].state, "Refused");
  EXPECT_FALSE(parse_checkout("[]"));
  EXPECT_FALSE(parse_checkout(R"({"order":{}})"));
}

TEST(HelloAssoJson, ANotificationGivesOnlyTheCheckoutItNames) {
  auto k = parse_notification(
      R"({"eventType":"Order","data":{"checkoutIntentId":44521,"amount":{"total":999999}},
          "metadata":{"pledge_id":12}})");
  ASSERT_TRUE(k);
  EXPECT_EQ(k->checkout_id, "44521");
  EXPECT_EQ(k->pledge_id, 12);
  auto top = parse_notification(R"({"checkoutIntentId":"44522"})");
  ASSERT_TRUE(top);
  EXPECT_EQ(top->checkout_id, "44522");
  auto by_metadata = parse_notification(R"({"eventType":"Payment","metadata":{"pledge_id":3}})");
  ASSERT_TRUE(by_metadata);
  EXPECT_EQ(by_metadata->checkout_id, "");
  EXPECT_EQ(by_metadata->pledge_id, 3);
  EXPECT_FALSE(parse_notification(R"({"eventType":"Order","data":{}})"));
  EXPECT_FALSE(parse_notification("paid=1"));
}

}  // namespace
}  // namespace comdev::payments::helloasso
