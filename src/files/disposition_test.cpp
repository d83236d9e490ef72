#include "files/disposition.h"

#include <gtest/gtest.h>

namespace comdev::files {
namespace {

TEST(SafeFilename, KeepsFrenchAndArabicNames) {
  EXPECT_EQ(safe_filename("Étude de faisabilité.pdf", Type::pdf), "Étude de faisabilité.pdf");
  EXPECT_EQ(safe_filename("دراسة الجدوى.pdf", Type::pdf), "دراسة الجدوى.pdf");
  EXPECT_EQ(safe_filename("puits 🚰.png", Type::png), "puits 🚰.png");
}

TEST(SafeFilename, DropsDirectoriesControlsAndBidiTricks) {
  EXPECT_EQ(safe_filename("../../etc/passwd", Type::pdf), "passwd.pdf");
  EXPECT_EQ(safe_filename("..\\..\\boot.ini", Type::pdf), "boot.pdf");
  EXPECT_EQ(safe_filename(std::string("a\0b.pdf", 7), Type::pdf), "ab.pdf");
  EXPECT_EQ(safe_filename("a\r\nSet-Cookie: x.pdf", Type::pdf), "aSet-Cookie x.pdf");
  // A right-to-left override (U+202E) would make "invoice" + it + "fdp.exe" read "invoiceexe.pdf".
  EXPECT_EQ(safe_filename("invoice\u202Efdp.exe", Type::pdf), "invoicefdp.pdf");
  EXPECT_EQ(safe_filename("..", Type::pdf), "document.pdf");
  EXPECT_EQ(safe_filename("", Type::csv), "document.csv");
  EXPECT_EQ(safe_filename("\xff\xfe.pdf", Type::pdf), "__.pdf");
}

TEST(SafeFilename, TheExtensionFollowsTheContent) {
  EXPECT_EQ(safe_filename("photo.pdf", Type::png), "photo.png");
  EXPECT_EQ(safe_filename("budget", Type::xlsx), "budget.xlsx");
  EXPECT_EQ(safe_filename("IMG_001.JPEG", Type::jpeg), "IMG_001.jpg");
  EXPECT_EQ(safe_filename("rapport.version-finale", Type::pdf), "rapport.version-finale.pdf");
}

TEST(SafeFilename, ALongNameIsCutOnACharacterBoundary) {
  std::string arabic;
  for (int i = 0; i < 150; ++i) arabic += "ب";  // 2 bytes each: 300 bytes
  auto name = safe_filename(arabic + ".pdf", Type::pdf);
  EXPECT_LE(name.size(), 150u);
  EXPECT_TRUE(name.ends_with("ب.pdf")) << name;
  auto latin = safe_filename(std::string(300, 'x') + ".pdf", Type::pdf);
  EXPECT_EQ(latin, std::string(146, 'x') + ".pdf");
}

TEST(ContentDisposition, GivesAnAsciiFallbackAndTheUtf8Name) {
  EXPECT_EQ(content_disposition("Étude.pdf"),
            "attachment; filename=\"__tude.pdf\"; filename*=UTF-8''%C3%89tude.pdf");
  EXPECT_EQ(content_disposition("a b.pdf", true),
            "inline; filename=\"a b.pdf\"; filename*=UTF-8''a%20b.pdf");
}

TEST(ContentDisposition, CannotBreakOutOfTheHeader) {
  auto h = content_disposition("x\"; filename=evil.html\r\nX-Injected: 1.pdf");
  EXPECT_EQ(h.find('\r'), std::string::npos);
  EXPECT_EQ(h.find('\n'), std::string::npos);
  EXPECT_EQ(h.find("\"; filename=evil"), std::string::npos) << h;
}

}  // namespace
}  // namespace comdev::files
