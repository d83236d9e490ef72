#include "i18n/text_encoding.h"

#include <gtest/gtest.h>

namespace comdev::i18n {
namespace {

TEST(TextEncoding, PlainUtf8IsKept) {
  auto r = decode_to_utf8(
      "nom;origine\nA\xC3\xAF"
      "cha;Tafraout\n");  // "Aïcha" in UTF-8
  ASSERT_TRUE(r);
  EXPECT_EQ(r->detected, TextEncoding::utf8);
  EXPECT_EQ(r->utf8,
            "nom;origine\nA\xC3\xAF"
            "cha;Tafraout\n");
}

TEST(TextEncoding, TheUtf8ByteOrderMarkIsRemoved) {
  auto r = decode_to_utf8("\xEF\xBB\xBFname,email\n");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->detected, TextEncoding::utf8_bom);
  EXPECT_EQ(r->utf8, "name,email\n");
}

TEST(TextEncoding, Windows1252FromExcelIsDecoded) {
  // "Hélène;Aït Baha;électricité" as Excel on Windows writes it: é = 0xE9, è = 0xE8, ï = 0xEF.
  auto r = decode_to_utf8("H\xE9l\xE8ne;A\xEFt Baha;\xE9lectricit\xE9\r\n");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->detected, TextEncoding::windows1252);
  EXPECT_EQ(r->utf8, "H\xC3\xA9l\xC3\xA8ne;A\xC3\xAFt Baha;\xC3\xA9lectricit\xC3\xA9\r\n");
  // 0x80 is the euro sign in Windows-1252 (not a C1 control as in ISO-8859-1); 0x92 is ’.
  auto euro = decode_to_utf8("100\x80 l\x92\x65t\xE9");
  ASSERT_TRUE(euro);
  EXPECT_EQ(euro->utf8, "100\xE2\x82\xAC l\xE2\x80\x99\x65t\xC3\xA9");
}

TEST(TextEncoding, Utf16WithAByteOrderMarkIsDecoded) {
  std::string le(
      "\xFF\xFE"
      "a\0\xE9\0",
      6);  // "aé" in UTF-16LE
  auto r = decode_to_utf8(le);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->detected, TextEncoding::utf16le);
  EXPECT_EQ(r->utf8, "a\xC3\xA9");
}

TEST(TextEncoding, ABomFollowedByBrokenUtf8IsRefused) {
  auto r = decode_to_utf8("\xEF\xBB\xBFH\xE9l\xE8ne");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message_id, "errors.encoding.undecodable");
}

TEST(TextEncoding, ConvertsFromUtf8OnlyWhenEveryCharacterFits) {
  EXPECT_EQ(convert_from_utf8("Reçu n° 7 – 12 €", "windows-1252"),
            std::optional<std::string>("Re\xE7u n\xB0 7 \x96 12 \x80"));
  EXPECT_EQ(convert_from_utf8("", "windows-1252"), std::optional<std::string>(""));
  EXPECT_EQ(convert_from_utf8("إيصال", "windows-1252"), std::nullopt);
  EXPECT_EQ(convert_from_utf8("1\u202F250", "windows-1252"), std::nullopt);
}

}  // namespace
}  // namespace comdev::i18n
