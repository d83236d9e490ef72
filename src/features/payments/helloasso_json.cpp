#include "features/payments/helloasso_json.h"

#include <nlohmann/json.hpp>

#include "http/percent.h"

namespace comdev::payments::helloasso {
namespace {

using nlohmann::json;

Error unreadable(std::string_view what) {
  return Error::invalid("errors.invalid").with_detail("helloasso: " + std::string(what));
}

// An id HelloAsso writes as a number (checkout intents, payments) or, defensively, a string.
std::string id_text(const json& v) {
  if (v.is_number_integer()) return std::to_string(v.get<std::int64_t>());
  if (v.is_string()) return v.get<std::string>();
  return {};
}

std::int64_t integer(const json& v) {
  if (v.is_number_integer()) return v.get<std::int64_t>();
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) {
      return 0;
    }
    return std::stoll(s);
  }
  return 0;
}

Result<json> parse_object(std::string_view body) {
  auto j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return unreadable("not a JSON object");
  return j;
}

}  // namespace

std::string token_form(std::string_view client_id, std::string_view client_secret) {
  return "grant_type=client_credentials&client_id=" + http::percent_encode(client_id) +
         "&client_secret=" + http::percent_encode(client_secret);
}

Result<Token> parse_token(std::string_view body) {
  auto j = parse_object(body);
  if (!j) return j.error();
  auto it = j->find("access_token");
  if (it == j->end() || !it->is_string() || it->get_ref<const std::string&>().empty()) {
    return unreadable("token answer without access_token");
  }
  Token t;
  t.access_token = it->get<std::string>();
  if (auto e = j->find("expires_in"); e != j->end()) t.expires_in = integer(*e);
  return t;
}

std::string checkout_intent_body(const CheckoutRequest& r) {
  json body = {
      {"totalAmount", r.amount_minor},
      {"initialAmount", r.amount_minor},
      {"itemName", r.item_name},
      {"backUrl", r.back_url},
      {"errorUrl", r.error_url},
      {"returnUrl", r.return_url},
      {"containsDonation", true},
      {"metadata", {{"pledge_id", r.pledge_id}, {"reference", r.reference}}},
  };
  return body.dump();
}

Result<Checkout> parse_checkout_created(std::string_view body) {
  auto j = parse_object(body);
  if (!j) return j.error();
  Checkout c;
  if (auto it = j->find("id"); it != j->end()) c.id = id_text(*it);
  if (auto it = j->find("redirectUrl"); it != j->end() && it->is_string()) {
    c.redirect_url = it->get<std::string>();
  }
  if (c.id.empty()) return unreadable("checkout intent without id");
  // The donor's browser is sent there: nothing but a web address.
  if (!(c.redirect_url.starts_with("https://") || c.redirect_url.starts_with("http://"))) {
    return unreadable("checkout intent without redirectUrl");
  }
  return c;
}

Result<CheckoutStatus> parse_checkout(std::string_view body) {
  auto j = parse_object(body);
  if (!j) return j.error();
  CheckoutStatus s;
  if (auto it = j->find("id"); it != j->end()) s.checkout_id = id_text(*it);
  if (s.checkout_id.empty()) return unreadable("checkout intent without id");
  s.currency = "EUR";
  if (auto m = j->find("metadata"); m != j->end() && m->is_object()) {
    if (auto p = m->find("pledge_id"); p != m->end()) s.pledge_id = integer(*p);
  }
  auto order = j->find("order");
  if (order == j->end() || !order->is_object()) return s;  // not paid (yet)
  auto payments = order->find("payments");
  if (payments == order->end() || !payments->is_array()) return s;
  for (const auto& p : *payments) {
    if (!p.is_object()) continue;
    ProviderPayment pay;
    if (auto it = p.find("id"); it != p.end()) pay.id = id_text(*it);
    if (auto it = p.find("state"); it != p.end() && it->is_string())
      pay.state = it->get<std::string>();
    if (auto it = p.find("amount"); it != p.end()) pay.amount_minor = integer(*it);
    if (pay.id.empty()) continue;
    s.payments.push_back(std::move(pay));
  }
  return s;
}

Result<NotificationKey> parse_notification(std::string_view body) {
  auto j = parse_object(body);
  if (!j) return j.error();
  NotificationKey k;
  auto take = [&k](const json& obj) {
    if (!k.checkout_id.empty() || !obj.is_object()) return;
    if (auto it = obj.find("checkoutIntentId"); it != obj.end()) k.checkout_id = id_text(*it);
  };
  take(*j);
  if (auto d = j->find("data"); d != j->end()) {
    take(*d);
    if (d->is_object()) {
      if (auto o = d->find("order"); o != d->end()) take(*o);
    }
  }
  if (auto m = j->find("metadata"); m != j->end() && m->is_object()) {
    if (auto p = m->find("pledge_id"); p != m->end()) k.pledge_id = integer(*p);
  }
  if (k.checkout_id.empty() && k.pledge_id <= 0)
    return unreadable("notification names no checkout");
  return k;
}

}  // namespace comdev::payments::helloasso
