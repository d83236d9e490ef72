// All SQL of the online payments feature ($N placeholders; SQLite and PostgreSQL): the checkouts
// made at a provider and the payment that settled each. Functions take the caller's connection,
// so a payment is recorded in the transaction that confirms its pledge.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "store/db.h"

namespace comdev::payments::payment_store {

struct CheckoutRow {
  std::int64_t id = 0;
  std::string provider, checkout_id;
  std::int64_t pledge_id = 0, amount_minor = 0;
  std::string currency, state, payment_id, created_at;
};

Result<std::int64_t> record_checkout(store::Conn& c, std::string_view provider,
                                     std::string_view checkout_id, std::int64_t pledge_id,
                                     std::int64_t amount_minor, std::string_view currency,
                                     const std::string& now);
Result<std::optional<CheckoutRow>> find_checkout(store::Conn& c, std::string_view provider,
                                                 std::string_view checkout_id);
// The pledge's newest checkout at the provider, for a notification that names only the pledge.
Result<std::optional<CheckoutRow>> latest_of_pledge(store::Conn& c, std::string_view provider,
                                                    std::int64_t pledge_id);
// Whether the provider's payment was recorded already (on any checkout).
Result<bool> payment_known(store::Conn& c, std::string_view provider, std::string_view payment_id);
// Records the payment that settled the checkout; false when the checkout had one already.
Result<bool> mark_paid(store::Conn& c, std::string_view provider, std::string_view checkout_id,
                       std::string_view payment_id, const std::string& now);

}  // namespace comdev::payments::payment_store
