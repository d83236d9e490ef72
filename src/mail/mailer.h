// Mailer: sends one e-mail. The real one speaks SMTP through libcurl (COMDEV_SMTP_URL); tests
// run a real local SMTP server and read what arrived. Features get it from web::App::mailer().
// Thread-safe: send() may be called from any worker thread.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace comdev::mail {

struct Mail {
  std::string to;       // one address
  std::string subject;  // UTF-8; encoded by the mailer
  std::string text;     // plain-text body, UTF-8
  // Extra headers (List-Unsubscribe…): names are RFC 5322 field names; values are written on one
  // line, ASCII as given, anything else as encoded words. A header the mailer writes itself (From,
  // To, Subject…) is not accepted here and is dropped.
  std::vector<std::pair<std::string, std::string>> headers = {};
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  // Error::unavailable when the relay cannot be reached or refuses the message.
  virtual Status send(const Mail& mail) = 0;
};

}  // namespace comdev::mail
