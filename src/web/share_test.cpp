#include "web/share.h"

#include <gtest/gtest.h>

namespace comdev::web {
namespace {

TEST(WhatsappUrl, PutsTitleNewLineAndUrlPercentEncodedInText) {
  EXPECT_EQ(
      whatsapp_url("Eau & école", "https://x.ma/projects/3?a=1"),
      "https://wa.me/?text=Eau%20%26%20%C3%A9cole%0Ahttps%3A%2F%2Fx.ma%2Fprojects%2F3%3Fa%3D1");
  EXPECT_EQ(whatsapp_url("", "https://x.ma/"), "https://wa.me/?text=https%3A%2F%2Fx.ma%2F");
}

TEST(ShortenUtf8, CutsOnACharacterBoundaryAndMarksTheCut) {
  EXPECT_EQ(shorten_utf8("court", 10), "court");
  // "é" is two bytes: a cut inside it steps back before it.
  EXPECT_EQ(shorten_utf8("abé", 3), "ab…");
  // Arabic letters are two bytes each; trailing spaces are dropped before the ellipsis.
  EXPECT_EQ(shorten_utf8("ماء ماء", 8), "ماء…");
  EXPECT_EQ(shorten_utf8("", 0), "");
}

}  // namespace
}  // namespace comdev::web
