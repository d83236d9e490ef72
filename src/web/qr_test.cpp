#include "web/qr.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <unistd.h>

namespace comdev::web {
namespace {

// Writes the code as a PGM image (8 pixels a module, 4-module quiet zone) for zbarimg.
std::filesystem::path write_pgm(const QrMatrix& m) {
  constexpr int kScale = 8, kQuiet = 4;
  const int side = (m.size + 2 * kQuiet) * kScale;
  auto path = std::filesystem::temp_directory_path() /
              ("comdev_qr_test_" + std::to_string(::getpid()) + ".pgm");
  std::ofstream out(path, std::ios::binary);
  out << "P5\n" << side << " " << side << "\n255\n";
  for (int py = 0; py < side; ++py) {
    for (int px = 0; px < side; ++px) {
      int x = px / kScale - kQuiet, y = py / kScale - kQuiet;
      bool dark = x >= 0 && y >= 0 && x < m.size && y < m.size && m.at(x, y);
      out.put(dark ? '\0' : '\xff');
    }
  }
  return path;
}

std::string run(const std::string& cmd) {
  std::unique_ptr<FILE, decltype(&pclose)> p(popen(cmd.c_str(), "r"), &pclose);
  std::string s;
  std::array<char, 256> buf{};
  while (p && fgets(buf.data(), buf.size(), p.get())) s += buf.data();
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

TEST(QrMatrix, IsSquareWithFinderPatterns) {
  auto m = qr_matrix("https://comdev.example/projects/42");
  ASSERT_TRUE(m);
  EXPECT_GE(m->size, 21);
  EXPECT_EQ((m->size - 21) % 4, 0);  // versions grow by 4 modules
  // Finder pattern corners: dark outer ring, light ring, dark centre.
  EXPECT_TRUE(m->at(0, 0));
  EXPECT_FALSE(m->at(1, 1));
  EXPECT_TRUE(m->at(3, 3));
  EXPECT_TRUE(m->at(m->size - 1, 0));
  EXPECT_TRUE(m->at(0, m->size - 1));
}

TEST(QrMatrix, RefusesTextNoQrVersionHolds) {
  EXPECT_FALSE(qr_matrix(std::string(5000, 'a')));
  EXPECT_EQ(qr_svg(std::string(5000, 'a'), "x"), "");
}

TEST(QrSvg, IsOneSvgWithEscapedLabel) {
  std::string svg = qr_svg("https://x.ma/p/1", "code <QR> \"page\"");
  EXPECT_TRUE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  EXPECT_TRUE(svg.ends_with("</svg>"));
  EXPECT_NE(svg.find("aria-label=\"code &lt;QR&gt; &quot;page&quot;\""), std::string::npos);
  EXPECT_EQ(svg.find("<QR>"), std::string::npos);
}

// The real test of a QR code: a real decoder reads back the URL (Arabic path included).
TEST(QrMatrix, DecodesBackWithZbarimg) {
  ASSERT_FALSE(run("command -v zbarimg").empty()) << "zbarimg (zbar-tools) is a build dependency";
  const std::string url = "https://comdev.example/needs/7?lang=ar&x=مشروع";
  auto m = qr_matrix(url);
  ASSERT_TRUE(m);
  auto path = write_pgm(*m);
  EXPECT_EQ(run("zbarimg --raw -q '" + path.string() + "'"), url);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace comdev::web
