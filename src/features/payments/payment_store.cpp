#include "features/payments/payment_store.h"

namespace comdev::payments::payment_store {
namespace {

using store::params;

constexpr std::string_view kColumns =
    "SELECT id, provider, checkout_id, pledge_id, amount_minor, currency, state, "
    "COALESCE(payment_id, ''), created_at FROM online_payments ";

Result<std::optional<CheckoutRow>> one(Result<store::Rows> r) {
  if (!r) return r.error();
  if (r->rows.empty()) return std::optional<CheckoutRow>{};
  const auto& row = r->rows.front();
  CheckoutRow out;
  std::size_t k = 0;
  out.id = row.integer(k++);
  out.provider = row.text(k++);
  out.checkout_id = row.text(k++);
  out.pledge_id = row.integer(k++);
  out.amount_minor = row.integer(k++);
  out.currency = row.text(k++);
  out.state = row.text(k++);
  out.payment_id = row.text(k++);
  out.created_at = row.text(k++);
  return std::optional<CheckoutRow>{std::move(out)};
}

}  // namespace

Result<std::int64_t> record_checkout(store::Conn& c, std::string_view provider,
                                     std::string_view checkout_id, std::int64_t pledge_id,
                                     std::int64_t amount_minor, std::string_view currency,
                                     const std::string& now) {
  auto r = c.query(
      "INSERT INTO online_payments (provider, checkout_id, pledge_id, amount_minor, currency, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
      params(std::string(provider), std::string(checkout_id), pledge_id, amount_minor,
             std::string(currency), now));
  if (!r) return r.error();
  if (r->rows.empty()) return Error::internal("payments: checkout not recorded");
  return r->rows.front().integer(0);
}

Result<std::optional<CheckoutRow>> find_checkout(store::Conn& c, std::string_view provider,
                                                 std::string_view checkout_id) {
  return one(c.query(std::string(kColumns) + "WHERE provider = $1 AND checkout_id = $2",
                     params(std::string(provider), std::string(checkout_id))));
}

Result<std::optional<CheckoutRow>> latest_of_pledge(store::Conn& c, std::string_view provider,
                                                    std::int64_t pledge_id) {
  return one(c.query(
      std::string(kColumns) + "WHERE provider = $1 AND pledge_id = $2 ORDER BY id DESC LIMIT 1",
      params(std::string(provider), pledge_id)));
}

Result<bool> payment_known(store::Conn& c, std::string_view provider, std::string_view payment_id) {
  auto r = c.query("SELECT COUNT(*) FROM online_payments WHERE provider = $1 AND payment_id = $2",
                   params(std::string(provider), std::string(payment_id)));
  if (!r) return r.error();
  return !r->rows.empty() && r->rows.front().integer(0) > 0;
}

Result<bool> mark_paid(store::Conn& c, std::string_view provider, std::string_view checkout_id,
                       std::string_view payment_id, const std::string& now) {
  auto r = c.query(
      "UPDATE online_payments SET state = 'paid', payment_id = $3, paid_at = $4 "
      "WHERE provider = $1 AND checkout_id = $2 AND payment_id IS NULL",
      params(std::string(provider), std::string(checkout_id), std::string(payment_id), now));
  if (!r) return r.error();
  return r->affected > 0;
}

}  // namespace comdev::payments::payment_store
