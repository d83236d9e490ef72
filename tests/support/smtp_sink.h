// SmtpSink: a real SMTP server for tests (tests/support/smtp_sink.py, aiosmtpd) in a child
// process, writing each message it receives to a temporary folder. Tests point
// COMDEV_SMTP_URL at it, then wait for the message a person would receive and follow its link.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "python_child.h"

namespace comdev::testing {

struct ReceivedMail {
  std::string to;       // envelope recipient
  std::string subject;  // decoded (RFC 2047)
  std::string body;     // decoded (quoted-printable), line ends as "\n"
  std::string raw;      // the message as received

  // The first http(s) URL in the body, or "" if none.
  std::string first_link() const;
};

// Parses a received .eml file (exposed for unit tests).
ReceivedMail parse_mail(const std::string& raw);

class SmtpSink {
 public:
  // Starts the server and waits until it listens. Throws if it cannot start.
  SmtpSink();
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  std::uint16_t port() const { return port_; }
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
  // The next message to `to` not returned before, waiting up to `timeout`.
  std::optional<ReceivedMail> wait_for(const std::string& to, std::chrono::milliseconds timeout);
  // Every message received so far (returned or not).
  std::vector<ReceivedMail> all();
  // Deletes every message received so far: a new test server starts with none.
  void forget_all();
  void stop();

 private:
  std::filesystem::path dir_;
  std::unique_ptr<PythonChild> child_;
  std::uint16_t port_ = 0;
  std::set<std::string> seen_;  // files already returned by wait_for
};

}  // namespace comdev::testing
