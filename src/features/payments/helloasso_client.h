// The HelloAsso checkout adapter: a Provider over HelloAsso's API v5 (libcurl, http_fetch.h).
// It takes an OAuth2 token with the association's API client (client credentials), keeps it
// until shortly before it expires, and creates and reads checkout intents of the association's
// organisation. Thread-safe: the token is shared under a mutex.
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>

#include "core/config.h"
#include "features/payments/payment_provider.h"

namespace comdev::payments {

struct HelloAssoSettings {
  std::string api_url;  // https://api.helloasso.com, without a trailing slash
  std::string client_id, client_secret;
  std::string organisation;  // the organisation's slug on HelloAsso
};

// The settings from the configuration; nullopt (online payment off) when one is missing.
std::optional<HelloAssoSettings> helloasso_settings(const Config& config);

class HelloAsso : public Provider {
 public:
  explicit HelloAsso(HelloAssoSettings settings) : settings_(std::move(settings)) {}
  std::string_view name() const override { return kHelloAsso; }
  Result<Checkout> create_checkout(const CheckoutRequest& request) override;
  Result<CheckoutStatus> read_checkout(std::string_view checkout_id) override;

 private:
  Result<std::string> token();
  void forget_token();
  std::string intents_url() const;

  HelloAssoSettings settings_;
  std::mutex mutex_;
  std::string token_;
  std::chrono::steady_clock::time_point token_until_{};
};

}  // namespace comdev::payments
