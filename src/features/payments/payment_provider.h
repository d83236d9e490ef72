// Provider: a payment platform the donor is sent to (today HelloAsso checkout, helloasso_client.h).
// The platform never trusts what reaches it from a browser or a notification: it asks the
// provider itself, through this interface. Implementations are thread-safe (handlers call them
// from several workers at once) and block on the network: call them outside any transaction.
#pragma once

#include <string_view>

#include "core/result.h"
#include "features/payments/payment.h"

namespace comdev::payments {

class Provider {
 public:
  virtual ~Provider() = default;
  // The name recorded with each checkout (payment.h: kHelloAsso).
  virtual std::string_view name() const = 0;
  // Creates a checkout of `request`; unavailable when the provider cannot be reached or refuses.
  virtual Result<Checkout> create_checkout(const CheckoutRequest& request) = 0;
  // Reads a checkout made before; not_found when the provider does not know it.
  virtual Result<CheckoutStatus> read_checkout(std::string_view checkout_id) = 0;
};

}  // namespace comdev::payments
