// What the provider's answer means for a pledge: pure rules, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "features/payments/payment.h"

namespace comdev::payments {

// The provider's state of a payment whose money is taken (HelloAsso's word).
inline constexpr std::string_view kAuthorized = "Authorized";

// What a pledge waits for.
struct Due {
  std::int64_t pledge_id = 0;
  std::int64_t amount_minor = 0;
  std::string currency;
};

// The payment of the checkout that pays the pledge: authorised, for exactly its amount and in
// its currency, in a checkout whose metadata (when it names one) names this pledge. nullopt
// when there is none: nothing is confirmed on a partial, refused, pending or foreign payment.
std::optional<ProviderPayment> paying(const CheckoutStatus& checkout, const Due& due);

// The currency online payments take (HelloAsso collects euros only).
inline constexpr std::string_view kOnlineCurrency = "EUR";

}  // namespace comdev::payments
