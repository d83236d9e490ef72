// Reading back one RFC 5322 message as format_message() writes it (pure: no I/O, unit-tested):
// the local outbox shows captured mail to a person, so encoded words and quoted-printable are
// decoded to the UTF-8 text that was sent.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace comdev::mail {

struct ParsedMessage {
  // Header fields in order, values unfolded and decoded ("Subject", "Bienvenue à ComDev").
  std::vector<std::pair<std::string, std::string>> headers;
  std::string text;  // the body, decoded, with "\n" line ends

  // The first field of that name (case-insensitive), or "" when absent.
  std::string header(std::string_view name) const;
};

// Never fails: what cannot be decoded is kept as written, so a damaged file still shows.
ParsedMessage parse_message(std::string_view raw);

// RFC 2047 encoded words (B and Q, UTF-8) in a header value; other text is kept as is.
std::string decode_header(std::string_view value);
// Quoted-printable (RFC 2045) to octets; soft line breaks removed, CRLF becomes "\n".
std::string decode_quoted_printable(std::string_view text);

}  // namespace comdev::mail
