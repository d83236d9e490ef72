#include "features/payments/payment_rules.h"

#include <gtest/gtest.h>

namespace comdev::payments {
namespace {

CheckoutStatus paid(std::int64_t pledge, std::int64_t amount, std::string state = "Authorized") {
  CheckoutStatus s;
  s.checkout_id = "41";
  s.pledge_id = pledge;
  s.currency = "EUR";
  s.payments.push_back({"9001", std::move(state), amount});
  return s;
}

const Due kDue{12, 5000, "EUR"};

TEST(PaymentRules, AnAuthorizedPaymentOfTheWholeAmountPaysThePledge) {
  auto p = paying(paid(12, 5000), kDue);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->id, "9001");
}

TEST(PaymentRules, NothingIsPaidWithoutAnAuthorizedPayment) {
  EXPECT_FALSE(paying(paid(12, 5000, "Refused"), kDue));
  EXPECT_FALSE(paying(paid(12, 5000, "Pending"), kDue));
  CheckoutStatus none = paid(12, 5000);
  none.payments.clear();
  EXPECT_FALSE(paying(none, kDue));
}

TEST(PaymentRules, AnotherAmountCurrencyOrPledgeIsNotThisPledgesPayment) {
  EXPECT_FALSE(paying(paid(12, 4999), kDue));
  EXPECT_FALSE(paying(paid(12, 50000), kDue));
  EXPECT_FALSE(paying(paid(13, 5000), kDue));
  EXPECT_FALSE(paying(paid(12, 5000), Due{12, 5000, "MAD"}));
}

TEST(PaymentRules, ACheckoutWithoutMetadataIsJudgedByItsRecordedPledge) {
  EXPECT_TRUE(paying(paid(0, 5000), kDue));
}

TEST(PaymentRules, TheMatchingPaymentIsFoundAmongOthers) {
  CheckoutStatus s = paid(12, 5000, "Refused");
  s.payments.push_back({"9002", "Authorized", 5000});
  auto p = paying(s, kDue);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->id, "9002");
}

}  // namespace
}  // namespace comdev::payments
