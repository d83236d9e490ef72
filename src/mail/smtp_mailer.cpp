#include "mail/smtp_mailer.h"

#include <curl/curl.h>
#include <sodium.h>

#include <cstring>
#include <mutex>

#include "core/log.h"
#include "mail/message.h"
#include "mail/outbox.h"

namespace comdev::mail {
namespace {

struct Reader {
  std::string_view data;
};

std::size_t read_cb(char* buffer, std::size_t size, std::size_t nitems, void* user) {
  auto* r = static_cast<Reader*>(user);
  std::size_t n = std::min(size * nitems, r->data.size());
  std::memcpy(buffer, r->data.data(), n);
  r->data.remove_prefix(n);
  return n;
}

}  // namespace

SmtpMailer::SmtpMailer(std::string url, std::string from)
    : url_(std::move(url)), from_(std::move(from)) {
  // curl_global_init is not thread-safe: once, before any worker sends.
  static std::once_flag once;
  std::call_once(once, [] {
    curl_global_init(CURL_GLOBAL_DEFAULT);
    if (sodium_init() < 0) log::error("libsodium failed to initialise");
  });
}

Status SmtpMailer::send(const Mail& mail) {
  Envelope env = new_envelope(from_);
  std::string message = format_message(mail, env);
  Reader reader{message};

  CURL* curl = curl_easy_init();
  if (!curl) return Error::unavailable("mail: curl_easy_init failed");
  std::string rcpt = "<" + address_of(mail.to) + ">";
  curl_slist* rcpts = curl_slist_append(nullptr, rcpt.c_str());
  std::string mail_from = "<" + address_of(from_) + ">";
  char errbuf[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(curl, CURLOPT_URL, url_.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mail_from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpts);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_cb);
  curl_easy_setopt(curl, CURLOPT_READDATA, &reader);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 10L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 5L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // worker threads: no SIGALRM
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
  CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(rcpts);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) {
    std::string why = errbuf[0] ? errbuf : curl_easy_strerror(rc);
    log::warn("mail not sent", {{"to_domain", domain_of(address_of(mail.to))}, {"error", why}});
    return Error::unavailable("mail: " + why);
  }
  log::info("mail sent", {{"to_domain", domain_of(address_of(mail.to))}});
  return {};
}

std::unique_ptr<Mailer> make_mailer(const Config& config) {
  if (config.smtp_url.empty()) {
    return std::make_unique<OutboxMailer>(config.outbox_dir, config.smtp_from);
  }
  return std::make_unique<SmtpMailer>(config.smtp_url, config.smtp_from);
}

}  // namespace comdev::mail
