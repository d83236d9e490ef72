#include "features/payments/payment_rules.h"

namespace comdev::payments {

std::optional<ProviderPayment> paying(const CheckoutStatus& checkout, const Due& due) {
  if (due.pledge_id <= 0 || due.amount_minor <= 0) return std::nullopt;
  if (checkout.pledge_id != 0 && checkout.pledge_id != due.pledge_id) return std::nullopt;
  if (checkout.currency != due.currency) return std::nullopt;
  for (const auto& p : checkout.payments) {
    if (p.state == kAuthorized && p.amount_minor == due.amount_minor && !p.id.empty()) return p;
  }
  return std::nullopt;
}

}  // namespace comdev::payments
