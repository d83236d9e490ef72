// Formatting of one e-mail as an RFC 5322 message (pure: no I/O, so it is unit-tested).
// The body is sent quoted-printable: lines stay under 76 octets whatever the language, and
// Arabic or accented text survives relays that are not 8-bit clean.
#pragma once

#include <string>
#include <string_view>

#include "core/time.h"
#include "mail/mailer.h"

namespace comdev::mail {

struct Envelope {
  std::string from;        // "ComDev <no-reply@example.org>" or a bare address
  std::string message_id;  // without the angle brackets: "random@example.org"
  core::Seconds date;
};

// `bytes` random bytes as lowercase hex (libsodium's generator).
std::string random_hex(std::size_t bytes);
// The envelope of a message sent now from `from`: a random Message-ID at the sender's domain.
Envelope new_envelope(std::string_view from);

// The whole message: headers, blank line, quoted-printable body, CRLF line ends.
std::string format_message(const Mail& mail, const Envelope& env);

// RFC 2047 encoded-word(s) for a header value ("=?UTF-8?B?…?=" chunks); ASCII stays as is.
std::string encode_header(std::string_view text);
// Quoted-printable (RFC 2045) of UTF-8 text; line ends become CRLF.
std::string quoted_printable(std::string_view text);
// RFC 5322 date: "Sun, 22 Nov 2026 23:45:00 +0000".
std::string rfc5322_date(core::Seconds t);
// The address part of "Name <addr>" (or the text itself when it has no angle brackets).
std::string address_of(std::string_view mailbox);
// The domain of an address ("example.org"), for logs that must not name the person.
std::string domain_of(std::string_view address);

}  // namespace comdev::mail
