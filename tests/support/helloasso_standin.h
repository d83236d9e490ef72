// HelloAssoStandin: a stand-in for HelloAsso's API (tests/support/helloasso_standin.py) in a
// child process, for the online payments' tests: it issues OAuth2 tokens to one API client,
// creates and reads checkout intents of one organisation, and lets the test play the donor
// (pay) and read what the platform asked for (asked). Tests point COMDEV_HELLOASSO_* at it.
#pragma once

#include <cstdint>
#include <string>

#include "python_child.h"

namespace comdev::testing {

class HelloAssoStandin {
 public:
  static constexpr const char* kClientId = "comdev-test-client";
  static constexpr const char* kClientSecret = "s3cret&more";
  static constexpr const char* kOrganisation = "association-tamaloukt";

  // Starts the server and waits until it listens. Throws if it cannot start.
  HelloAssoStandin();
  HelloAssoStandin(const HelloAssoStandin&) = delete;
  HelloAssoStandin& operator=(const HelloAssoStandin&) = delete;

  std::uint16_t port() const { return child_.port(); }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port()); }
  // The donor pays checkout `id`: a payment in `state` of `amount_cents` (-1: the checkout's
  // whole amount), with the provider's payment id `payment_id` (0: one of the stand-in's).
  // Returns the HTTP status of the stand-in's answer (200 when the checkout exists).
  int pay(const std::string& id, std::int64_t amount_cents = -1,
          const std::string& state = "Authorized", std::int64_t payment_id = 0);
  // The JSON body the platform sent to create checkout `id` ("" if none).
  std::string asked(const std::string& id);
  // {"tokens", "reads", "creates"} counted so far, as JSON.
  std::string stats();

 private:
  PythonChild child_;
};

}  // namespace comdev::testing
