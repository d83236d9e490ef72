#include "core/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace comdev {
namespace {

TEST(Utf8, AcceptsAsciiFrenchArabicTifinaghAndEmoji) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("hello"));
  EXPECT_TRUE(is_valid_utf8("\xC3\xA9t\xC3\xA9"));                 // été
  EXPECT_TRUE(is_valid_utf8("\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85"));  // سلام
  EXPECT_TRUE(is_valid_utf8("\xE2\xB5\x9C"));                      // Tifinagh
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x8C\xB4"));                  // 🌴
  EXPECT_TRUE(is_valid_utf8(std::string("a\0b", 3)));
}

TEST(Utf8, RejectsMalformedSequences) {
  const char* bad[] = {
      "\x80",              // lone continuation byte
      "\xC3",              // truncated 2-byte sequence
      "\xC3\x28",          // bad continuation
      "\xC0\xAF",          // overlong '/'
      "\xE0\x80\xAF",      // overlong 3-byte
      "\xED\xA0\x80",      // surrogate U+D800
      "\xF4\x90\x80\x80",  // above U+10FFFF
      "\xF0\x9F\x8C",      // truncated 4-byte sequence
      "\xFF",              // never valid
  };
  for (const char* b : bad) EXPECT_FALSE(is_valid_utf8(b)) << b;
}

}  // namespace
}  // namespace comdev

namespace comdev {
namespace {

TEST(Utf8Length, CountsCharactersNotBytes) {
  EXPECT_EQ(utf8_length(""), 0u);
  EXPECT_EQ(utf8_length("Taliouine"), 9u);
  EXPECT_EQ(utf8_length("تالوين"), 6u);            // 12 bytes
  EXPECT_EQ(utf8_length("Drâa"), 4u);              // 5 bytes
  EXPECT_EQ(utf8_length("\xF0\x9F\x8C\xB1"), 1u);  // one 4-byte emoji
}

}  // namespace
}  // namespace comdev
