#include "features/payments/helloasso_client.h"

#include "core/log.h"
#include "features/payments/helloasso_json.h"
#include "features/payments/http_fetch.h"
#include "http/percent.h"

namespace comdev::payments {
namespace {

Error provider_error(std::string_view what, long status) {
  log::warn("helloasso.refused", {{"call", what}, {"status", static_cast<std::int64_t>(status)}});
  return Error::unavailable("helloasso: " + std::string(what) + " answered " +
                            std::to_string(status));
}

}  // namespace

std::optional<HelloAssoSettings> helloasso_settings(const Config& config) {
  if (config.helloasso_api_url.empty() || config.helloasso_client_id.empty() ||
      config.helloasso_client_secret.empty() || config.helloasso_organisation.empty() ||
      config.helloasso_collector_id <= 0) {
    return std::nullopt;
  }
  return HelloAssoSettings{config.helloasso_api_url, config.helloasso_client_id,
                           config.helloasso_client_secret, config.helloasso_organisation};
}

std::string HelloAsso::intents_url() const {
  return settings_.api_url + "/v5/organizations/" + http::percent_encode(settings_.organisation) +
         "/checkout-intents";
}

Result<std::string> HelloAsso::token() {
  std::lock_guard lock(mutex_);
  auto now = std::chrono::steady_clock::now();
  if (!token_.empty() && now < token_until_) return token_;
  auto r = fetch("POST", settings_.api_url + "/oauth2/token",
                 {{"Content-Type", "application/x-www-form-urlencoded"}},
                 helloasso::token_form(settings_.client_id, settings_.client_secret));
  if (!r) return r.error();
  if (r->status != 200) return provider_error("oauth2/token", r->status);
  auto t = helloasso::parse_token(r->body);
  if (!t) return t.error();
  // A minute early, so a token never expires between this check and HelloAsso's.
  std::int64_t life = t->expires_in > 120 ? t->expires_in - 60 : 60;
  token_ = t->access_token;
  token_until_ = now + std::chrono::seconds(life);
  return token_;
}

void HelloAsso::forget_token() {
  std::lock_guard lock(mutex_);
  token_.clear();
}

Result<Checkout> HelloAsso::create_checkout(const CheckoutRequest& request) {
  auto t = token();
  if (!t) return t.error();
  auto r = fetch("POST", intents_url(),
                 {{"Authorization", "Bearer " + *t}, {"Content-Type", "application/json"}},
                 helloasso::checkout_intent_body(request));
  if (!r) return r.error();
  if (r->status == 401) forget_token();
  if (r->status != 200 && r->status != 201) return provider_error("checkout-intents", r->status);
  auto c = helloasso::parse_checkout_created(r->body);
  if (!c) return Error::unavailable("helloasso: unreadable checkout intent");
  return c;
}

Result<CheckoutStatus> HelloAsso::read_checkout(std::string_view checkout_id) {
  auto t = token();
  if (!t) return t.error();
  auto r = fetch("GET", intents_url() + "/" + http::percent_encode(checkout_id),
                 {{"Authorization", "Bearer " + *t}});
  if (!r) return r.error();
  if (r->status == 401) forget_token();
  if (r->status == 404) return Error::not_found();
  if (r->status != 200) return provider_error("checkout-intents/{id}", r->status);
  auto s = helloasso::parse_checkout(r->body);
  if (!s) return Error::unavailable("helloasso: unreadable checkout intent");
  return s;
}

}  // namespace comdev::payments
