#include "helloasso_standin.h"

#include "http/server/testing/http_client.h"

namespace comdev::testing {

HelloAssoStandin::HelloAssoStandin()
    : child_("helloasso_standin.py",
             {"--client-id", kClientId, "--client-secret", kClientSecret, "--organisation",
              kOrganisation},
             "helloasso stand-in") {}

int HelloAssoStandin::pay(const std::string& id, std::int64_t amount_cents,
                          const std::string& state, std::int64_t payment_id) {
  std::string body = "{\"state\":\"" + state + "\"";
  if (amount_cents >= 0) body += ",\"amount\":" + std::to_string(amount_cents);
  if (payment_id > 0) body += ",\"payment_id\":" + std::to_string(payment_id);
  body += "}";
  http::testing::Client c(port());
  return c
      .request("POST", "/test/checkouts/" + id + "/pay", {{"Content-Type", "application/json"}},
               body)
      .status;
}

std::string HelloAssoStandin::asked(const std::string& id) {
  http::testing::Client c(port());
  auto r = c.get("/test/checkouts/" + id);
  return r.status == 200 ? r.body : std::string();
}

std::string HelloAssoStandin::stats() {
  http::testing::Client c(port());
  return c.get("/test/stats").body;
}

}  // namespace comdev::testing
