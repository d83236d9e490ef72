#include "mail/message.h"

#include <sodium.h>

#include <array>
#include <cstdio>

namespace comdev::mail {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";
constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64(std::string_view in) {
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    unsigned v = (static_cast<unsigned char>(in[i]) << 16) |
                 (static_cast<unsigned char>(in[i + 1]) << 8) |
                 static_cast<unsigned char>(in[i + 2]);
    out += kB64[(v >> 18) & 63];
    out += kB64[(v >> 12) & 63];
    out += kB64[(v >> 6) & 63];
    out += kB64[v & 63];
  }
  if (i + 1 == in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    out += kB64[(v >> 18) & 63];
    out += kB64[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == in.size()) {
    unsigned v =
        (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8);
    out += kB64[(v >> 18) & 63];
    out += kB64[(v >> 12) & 63];
    out += kB64[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

bool plain_ascii(std::string_view s) {
  for (unsigned char c : s) {
    if (c < 0x20 || c > 0x7e) return false;
  }
  // "=?" would be read as the start of an encoded word.
  return s.find("=?") == std::string_view::npos;
}

// Header values never carry line breaks (header injection).
std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out += (c == '\r' || c == '\n') ? ' ' : c;
  return out;
}

// A field name is printable ASCII without ':' or space (RFC 5322 §3.6.8); the headers this file
// writes itself cannot be replaced, so a feature cannot forge a sender or a second subject.
bool extra_header_allowed(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kOwn = {
      "date",    "from",         "to",           "message-id",
      "subject", "mime-version", "content-type", "content-transfer-encoding",
      "sender"};
  if (name.empty()) return false;
  std::string lower;
  for (unsigned char c : name) {
    if (c <= 32 || c >= 127 || c == ':') return false;
    lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  for (auto own : kOwn) {
    if (lower == own) return false;
  }
  return true;
}

}  // namespace

std::string encode_header(std::string_view raw) {
  std::string text = one_line(raw);
  if (plain_ascii(text)) return text;
  // Each encoded word holds at most 45 octets (60 base64 chars, under the 75 limit), cut on
  // UTF-8 character boundaries so no word holds half a character.
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = std::min(text.size(), pos + 45);
    while (end < text.size() && end > pos && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
      --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(std::string_view(text).substr(pos, end - pos)) + "?=";
    pos = end;
  }
  return out;
}

std::string quoted_printable(std::string_view text) {
  std::string out;
  std::size_t line = 0;  // octets on the current output line
  auto put = [&](std::string_view piece) {
    // Soft line break so no line exceeds 76 octets (75 + the '=').
    if (line + piece.size() > 75) {
      out += "=\r\n";
      line = 0;
    }
    out += piece;
    line += piece.size();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (c == '\n' || c == '\r') {
      // Trailing white space before a line break would be lost in transit: encode it.
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t') && line > 0) {
        char last = out.back();
        out.pop_back();
        --line;
        char enc[4] = {'=', kHex[static_cast<unsigned char>(last) >> 4],
                       kHex[static_cast<unsigned char>(last) & 15], '\0'};
        put(enc);
      }
      out += "\r\n";
      line = 0;
      continue;
    }
    bool literal = (c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t';
    // A leading '.' is left to the SMTP client's dot-stuffing; '-' and 'F' are safe as is.
    if (literal) {
      char s[2] = {static_cast<char>(c), '\0'};
      put(s);
    } else {
      char enc[4] = {'=', kHex[c >> 4], kHex[c & 15], '\0'};
      put(enc);
    }
  }
  if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
    char last = out.back();
    out.pop_back();
    --line;
    char enc[4] = {'=', kHex[static_cast<unsigned char>(last) >> 4],
                   kHex[static_cast<unsigned char>(last) & 15], '\0'};
    put(enc);
  }
  return out;
}

std::string rfc5322_date(core::Seconds t) {
  static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed",
                                                       "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  auto day = std::chrono::floor<std::chrono::days>(t);
  std::chrono::year_month_day ymd{day};
  std::chrono::weekday wd{day};
  std::chrono::hh_mm_ss hms{t - day};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02u %s %04d %02d:%02d:%02d +0000", kDays[wd.c_encoding()],
                static_cast<unsigned>(ymd.day()), kMonths[static_cast<unsigned>(ymd.month()) - 1],
                static_cast<int>(ymd.year()), static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
  return buf;
}

std::string address_of(std::string_view mailbox) {
  auto lt = mailbox.rfind('<');
  auto gt = mailbox.rfind('>');
  if (lt != std::string_view::npos && gt != std::string_view::npos && gt > lt) {
    return std::string(mailbox.substr(lt + 1, gt - lt - 1));
  }
  while (!mailbox.empty() && mailbox.front() == ' ') mailbox.remove_prefix(1);
  while (!mailbox.empty() && mailbox.back() == ' ') mailbox.remove_suffix(1);
  return std::string(mailbox);
}

std::string domain_of(std::string_view address) {
  auto at = address.rfind('@');
  return at == std::string_view::npos ? std::string() : std::string(address.substr(at + 1));
}

std::string format_message(const Mail& mail, const Envelope& env) {
  std::string from = one_line(env.from);
  // A display name outside ASCII is encoded; the address stays readable.
  auto lt = from.rfind('<');
  if (lt != std::string::npos && lt > 0) {
    std::string name = from.substr(0, lt);
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (!plain_ascii(name)) from = encode_header(name) + " " + from.substr(lt);
  }
  std::string m;
  m.reserve(mail.text.size() * 3 / 2 + 512);
  m += "Date: " + rfc5322_date(env.date) + "\r\n";
  m += "From: " + from + "\r\n";
  m += "To: " + one_line(mail.to) + "\r\n";
  m += "Message-ID: <" + one_line(env.message_id) + ">\r\n";
  m += "Subject: " + encode_header(mail.subject) + "\r\n";
  for (const auto& [name, value] : mail.headers) {
    if (extra_header_allowed(name)) m += name + ": " + encode_header(value) + "\r\n";
  }
  m += "MIME-Version: 1.0\r\n";
  m += "Content-Type: text/plain; charset=utf-8\r\n";
  m += "Content-Transfer-Encoding: quoted-printable\r\n";
  m += "\r\n";
  m += quoted_printable(mail.text);
  if (!m.ends_with("\r\n")) m += "\r\n";
  return m;
}

std::string random_hex(std::size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                 raw.size());
  hex.pop_back();
  return hex;
}

Envelope new_envelope(std::string_view from) {
  std::string domain = domain_of(address_of(from));
  return Envelope{std::string(from), random_hex(16) + "@" + (domain.empty() ? "localhost" : domain),
                  core::now()};
}

}  // namespace comdev::mail
