// The mailers: SmtpMailer sends over SMTP with libcurl (COMDEV_SMTP_URL); without a relay the
// local outbox (mail/outbox.h) keeps every message as a file instead.
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

// SmtpMailer when config.smtp_url is set, the OutboxMailer on config.outbox_dir otherwise.
std::unique_ptr<Mailer> make_mailer(const Config& config);

}  // namespace comdev::mail
