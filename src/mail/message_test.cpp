#include "mail/message.h"

#include <gtest/gtest.h>

namespace comdev::mail {
namespace {

Envelope env() {
  return Envelope{"ComDev <no-reply@comdev.example>", "abc123@comdev.example",
                  *core::parse_iso("2026-11-22T23:45:07Z")};
}

// Decodes quoted-printable, to check that encoding round-trips.
std::string unqp(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '=' && i + 2 < s.size() && s[i + 1] == '\r' && s[i + 2] == '\n') {
      i += 2;
    } else if (s[i] == '=' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

TEST(MailMessage, HasTheHeadersOfAProperMessage) {
  std::string m = format_message({"amina@example.org", "Confirm", "Hello"}, env());
  EXPECT_NE(m.find("Date: Sun, 22 Nov 2026 23:45:07 +0000\r\n"), std::string::npos);
  EXPECT_NE(m.find("From: ComDev <no-reply@comdev.example>\r\n"), std::string::npos);
  EXPECT_NE(m.find("To: amina@example.org\r\n"), std::string::npos);
  EXPECT_NE(m.find("Message-ID: <abc123@comdev.example>\r\n"), std::string::npos);
  EXPECT_NE(m.find("Subject: Confirm\r\n"), std::string::npos);
  EXPECT_NE(m.find("MIME-Version: 1.0\r\n"), std::string::npos);
  EXPECT_NE(m.find("Content-Type: text/plain; charset=utf-8\r\n"), std::string::npos);
  EXPECT_NE(m.find("Content-Transfer-Encoding: quoted-printable\r\n"), std::string::npos);
  EXPECT_NE(m.find("\r\n\r\nHello\r\n"), std::string::npos);
}

TEST(MailMessage, EncodesAUtf8SubjectAsEncodedWords) {
  EXPECT_EQ(encode_header("Bienvenue"), "Bienvenue");
  EXPECT_EQ(encode_header("é"), "=?UTF-8?B?w6k=?=");
  std::string arabic = "تأكيد عنوان بريدك الإلكتروني على منصة كومديف للتنمية";
  std::string enc = encode_header(arabic);
  EXPECT_TRUE(enc.starts_with("=?UTF-8?B?"));
  // Folded into several words, each within the 75-character limit.
  std::size_t start = 0;
  int words = 0;
  while (start < enc.size()) {
    auto end = enc.find("\r\n ", start);
    std::string word = enc.substr(start, end == std::string::npos ? end : end - start);
    EXPECT_LE(word.size(), 75u);
    EXPECT_TRUE(word.starts_with("=?UTF-8?B?") && word.ends_with("?="));
    ++words;
    if (end == std::string::npos) break;
    start = end + 3;
  }
  EXPECT_GT(words, 1);
}

TEST(MailMessage, HeadersCannotBeInjected) {
  std::string m =
      format_message({"a@example.org\r\nBcc: x@evil.example", "Hi\r\nBcc: y@evil", "."}, env());
  EXPECT_EQ(m.find("\r\nBcc:"), std::string::npos);
}

TEST(MailMessage, BodyIsQuotedPrintableWithShortLines) {
  std::string text =
      "Bonjour Amina,\n\nConfirmez votre adresse : "
      "https://comdev.example/account/verify?token=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH\n"
      "مرحبا بكم في المنصة = شكرا ";
  std::string qp = quoted_printable(text);
  std::size_t start = 0;
  while (start < qp.size()) {
    auto end = qp.find("\r\n", start);
    if (end == std::string::npos) end = qp.size();
    EXPECT_LE(end - start, 76u);
    start = end + 2;
  }
  std::string expected = text;
  std::string crlf;
  for (char c : expected) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  EXPECT_EQ(unqp(qp), crlf);
  EXPECT_EQ(qp.find(" \r\n"), std::string::npos);  // trailing spaces are encoded
}

TEST(MailMessage, NonAsciiSenderNameIsEncoded) {
  Envelope e = env();
  e.from = "Communauté <no-reply@comdev.example>";
  std::string m = format_message({"a@example.org", "S", "B"}, e);
  EXPECT_NE(m.find("From: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(m.find("<no-reply@comdev.example>\r\n"), std::string::npos);
}

TEST(MailMessage, AddressesAndDomains) {
  EXPECT_EQ(address_of("ComDev <no-reply@x.example>"), "no-reply@x.example");
  EXPECT_EQ(address_of(" a@b.example "), "a@b.example");
  EXPECT_EQ(domain_of("a@b.example"), "b.example");
  EXPECT_EQ(domain_of("nobody"), "");
}

TEST(MailMessage, ExtraHeadersAreWrittenOnOneLineAndCannotReplaceOurOwn) {
  Mail mail{"amina@example.org", "Digest", "Hello"};
  mail.headers = {{"List-Unsubscribe", "<https://comdev.example/digest/unsubscribe?token=abc>"},
                  {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"},
                  {"X-Evil", "a\r\nBcc: someone@example.org"},
                  {"From", "forged@example.org"},
                  {"Bad Name", "x"},
                  {"Bad:Name", "x"}};
  std::string m = format_message(mail, env());
  EXPECT_NE(
      m.find("\r\nList-Unsubscribe: <https://comdev.example/digest/unsubscribe?token=abc>\r\n"),
      std::string::npos);
  EXPECT_NE(m.find("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"), std::string::npos);
  EXPECT_EQ(m.find("\r\nBcc:"), std::string::npos);
  EXPECT_EQ(m.find("forged@"), std::string::npos);
  EXPECT_EQ(m.find("Bad"), std::string::npos);
  // The headers come before the blank line that opens the body.
  EXPECT_LT(m.find("List-Unsubscribe-Post"), m.find("\r\n\r\n"));
}

TEST(MailMessage, EachEnvelopeHasItsOwnMessageIdAtTheSendersDomain) {
  auto a = new_envelope("ComDev <no-reply@comdev.example>");
  auto b = new_envelope("no-reply@comdev.example");
  EXPECT_TRUE(a.message_id.ends_with("@comdev.example")) << a.message_id;
  EXPECT_EQ(a.message_id.size(), 32 + std::string_view("@comdev.example").size());
  EXPECT_NE(a.message_id, b.message_id);
  EXPECT_EQ(a.from, "ComDev <no-reply@comdev.example>");
  EXPECT_TRUE(new_envelope("").message_id.ends_with("@localhost"));
  EXPECT_EQ(random_hex(4).size(), 8u);
}

}  // namespace
}  // namespace comdev::mail
