// Online payment of pledges (migrations/0034_online_payments): what the platform asks a payment
// provider for and what the provider answers, as plain structs; std only. Amounts are integer
// minor units (cents for euros).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::payments {

// The provider's name in the online_payments table.
inline constexpr std::string_view kHelloAsso = "helloasso";

// A checkout of one pledge, as the platform asks for it.
struct CheckoutRequest {
  std::int64_t pledge_id = 0;
  std::string reference;  // the pledge's reference, as the donor reads it
  std::int64_t amount_minor = 0;
  std::string currency;
  std::string item_name;  // what the donor sees on the provider's page
  std::string return_url, back_url, error_url;
};

// The checkout the provider made: where to send the donor, and its id to read it back.
struct Checkout {
  std::string id;
  std::string redirect_url;
};

// One payment of a checkout, as the provider reports it.
struct ProviderPayment {
  std::string id;
  std::string state;  // the provider's word; HelloAsso: "Authorized" once the money is taken
  std::int64_t amount_minor = 0;
};

// A checkout read back from the provider.
struct CheckoutStatus {
  std::string checkout_id;
  std::int64_t pledge_id = 0;  // from the metadata the platform gave it; 0 when absent
  std::string currency;
  std::vector<ProviderPayment> payments;
};

}  // namespace comdev::payments
