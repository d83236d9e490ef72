#include "mail/message_parse.h"

#include <gtest/gtest.h>

#include "mail/message.h"

namespace comdev::mail {
namespace {

Envelope env() {
  return Envelope{"ComDev <no-reply@comdev.example>", "abc123@comdev.example",
                  *core::parse_iso("2026-11-22T23:45:07Z")};
}

TEST(MailMessageParse, ReadsBackWhatFormatMessageWrote) {
  std::string text =
      "Bonjour,\n\nConfirmez votre adresse : "
      "http://localhost:8080/account/confirm?token=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH\n"
      "مرحبا بكم في كومديف — une ligne très longue qui dépasse soixante-seize octets pour tester "
      "les coupures douces.\nFin avec espace \n";
  Mail mail{"amina@example.org",
            "Bienvenue à ComDev — مرحبا",
            text,
            {{"List-Unsubscribe", "<http://localhost:8080/u/1>"}}};
  auto parsed = parse_message(format_message(mail, env()));
  EXPECT_EQ(parsed.header("subject"), "Bienvenue à ComDev — مرحبا");
  EXPECT_EQ(parsed.header("To"), "amina@example.org");
  EXPECT_EQ(parsed.header("From"), "ComDev <no-reply@comdev.example>");
  EXPECT_EQ(parsed.header("List-Unsubscribe"), "<http://localhost:8080/u/1>");
  EXPECT_EQ(parsed.header("Date"), "Sun, 22 Nov 2026 23:45:07 +0000");
  EXPECT_EQ(parsed.text, text);
}

TEST(MailMessageParse, AMissingHeaderIsEmpty) {
  auto parsed = parse_message("Subject: x\r\n\r\nbody\r\n");
  EXPECT_EQ(parsed.header("To"), "");
  EXPECT_EQ(parsed.text, "body\n");
}

TEST(MailMessageParse, DecodesQEncodedWordsAndJoinsAdjacentWords) {
  EXPECT_EQ(decode_header("=?UTF-8?Q?caf=C3=A9_cr=C3=A8me?="), "café crème");
  EXPECT_EQ(decode_header("=?UTF-8?B?Y2Fm?= =?UTF-8?B?w6k=?="), "café");
  EXPECT_EQ(decode_header("plain =?UTF-8?B?w6k=?= text"), "plain é text");
}

TEST(MailMessageParse, KeepsWhatIsNotAnEncodedWord) {
  EXPECT_EQ(decode_header("=?broken"), "=?broken");
  EXPECT_EQ(decode_header("=?UTF-8?X?abc?="), "=?UTF-8?X?abc?=");
  EXPECT_EQ(decode_quoted_printable("a=ZZb"), "a=ZZb");
}

TEST(MailMessageParse, QuotedPrintableSoftBreaksJoinLines) {
  EXPECT_EQ(decode_quoted_printable("abc=\r\ndef\r\nghi=3D"), "abcdef\nghi=");
}

TEST(MailMessageParse, FoldedHeadersAreUnfolded) {
  auto parsed = parse_message("Subject: =?UTF-8?B?w6k=?=\r\n =?UTF-8?B?w6k=?=\r\n\r\n");
  EXPECT_EQ(parsed.header("Subject"), "éé");
}

}  // namespace
}  // namespace comdev::mail
