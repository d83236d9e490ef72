// The mailers: SmtpMailer sends over SMTP with libcurl (COMDEV_SMTP_URL); LogMailer stands in
// when no relay is configured and only logs that a message was not sent.
#pragma once

#include <memory>
#include <string>

#include "core/config.h"
#include "mail/mailer.h"

namespace comdev::mail {

class SmtpMailer : public Mailer {
 public:
  // url: "smtp://host:port" (or smtps://, with user:password@ if the relay wants them);
  // from: "ComDev <no-reply@example.org>".
  SmtpMailer(std::string url, std::string from);
  // One connection per message: simple, thread-safe, and mail volume here is low.
  Status send(const Mail& mail) override;

 private:
  std::string url_;
  std::string from_;
};

// Logs "mail not sent (no SMTP configured)" with the recipient's domain only: never the body,
// never a link (links carry tokens).
class LogMailer : public Mailer {
 public:
  Status send(const Mail& mail) override;
};

// SmtpMailer when config.smtp_url is set, LogMailer otherwise.
std::unique_ptr<Mailer> make_mailer(const Config& config);

}  // namespace comdev::mail
