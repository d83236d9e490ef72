// The HelloAsso API's messages (API v5, OAuth2 client credentials), written and read without any
// network: the adapter (helloasso_client.h) sends and receives them, the unit tests feed them
// samples. Field names follow HelloAsso's documentation of checkout-intents (docs/money.md says
// which ones were not confirmed against the live API). A message that cannot be read is invalid,
// never a guess.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "features/payments/payment.h"

namespace comdev::payments::helloasso {

// The body of POST {api}/oauth2/token (application/x-www-form-urlencoded).
std::string token_form(std::string_view client_id, std::string_view client_secret);
struct Token {
  std::string access_token;
  std::int64_t expires_in = 0;  // seconds; 0 when not given
};
Result<Token> parse_token(std::string_view body);

// The body of POST {api}/v5/organizations/{slug}/checkout-intents: the whole amount now
// (totalAmount = initialAmount, in cents), a donation, and the pledge's id and reference in the
// metadata, which HelloAsso gives back when the checkout is read.
std::string checkout_intent_body(const CheckoutRequest& request);
// Its answer: {"id": 123, "redirectUrl": "https://…"}.
Result<Checkout> parse_checkout_created(std::string_view body);
// GET {api}/v5/organizations/{slug}/checkout-intents/{id}: its metadata and, once the donor paid,
// order.payments[] with each payment's id, state and amount (cents). HelloAsso takes euros only.
Result<CheckoutStatus> parse_checkout(std::string_view body);

// What a notification (or the return URL) may tell: the checkout it is about. Nothing else in it
// is used; the checkout is read back from the API.
struct NotificationKey {
  std::string checkout_id;     // "" when the body names none
  std::int64_t pledge_id = 0;  // metadata.pledge_id, for a notification that names no checkout
};
Result<NotificationKey> parse_notification(std::string_view body);

}  // namespace comdev::payments::helloasso
