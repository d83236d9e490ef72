// The local outbox: where e-mail goes when no SMTP relay is configured, so a person trying ComDev
// on their own machine still receives the confirmation link, the invitation and the digest.
// One file per message, "<seconds>.M<micros>P<pid>R<random>.eml", written to a hidden temporary
// name and renamed, so a reader never sees half a message (Maildir's rule). Names sort by time.
// Thread-safe: every call works on its own file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.h"
#include "mail/mailer.h"
#include "mail/message_parse.h"

namespace comdev::mail {

class OutboxMailer : public Mailer {
 public:
  // dir is created on the first message if missing.
  OutboxMailer(std::filesystem::path dir, std::string from);
  // Logs the file's name and the recipient's domain, never the body (links carry tokens).
  Status send(const Mail& mail) override;

 private:
  std::filesystem::path dir_;
  std::string from_;
};

struct OutboxEntry {
  std::string name;  // file name, the message's id in /dev/outbox links
  ParsedMessage message;
};

// True for a name the outbox writes: no path separator, no dot file, ends in ".eml".
bool is_outbox_name(std::string_view name);

// The newest messages first, at most `limit`; an outbox never written to is empty.
Result<std::vector<OutboxEntry>> outbox_latest(const std::filesystem::path& dir, std::size_t limit);
// One message by file name; Error::not_found for a name the outbox does not hold.
Result<OutboxEntry> outbox_read(const std::filesystem::path& dir, std::string_view name);

}  // namespace comdev::mail
