#include "files/file_type.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/config.h"
#include "files/test_images.h"

namespace comdev::files {
namespace {

namespace fs = std::filesystem;

class FileType : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("comdev-filetype-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& bytes) {
    auto p = (dir_ / name).string();
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  static std::string fixture(const std::string& name) {
    return default_share_dir() + "/tests/fixtures/files/" + name;
  }
  fs::path dir_;
};

const char kPdf[] = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

TEST_F(FileType, AcceptsEachAllowedTypeFromItsContent) {
  EXPECT_EQ(*detect_type(write("a.bin", kPdf)), Type::pdf);
  EXPECT_EQ(*detect_type(write("a.txt", "commune;budget\nAit;1200\n")), Type::csv);
  EXPECT_EQ(*detect_type(fixture("sample.docx")), Type::docx);
  EXPECT_EQ(*detect_type(fixture("sample.xlsx")), Type::xlsx);
  EXPECT_EQ(*detect_type(fixture("sample.odt")), Type::odt);
  EXPECT_EQ(*detect_type(fixture("sample.ods")), Type::ods);
  EXPECT_EQ(*detect_type(write("p", testing::make_image(".png", 8, 8))), Type::png);
  EXPECT_EQ(*detect_type(write("j", testing::make_image(".jpg", 8, 8))), Type::jpeg);
  EXPECT_EQ(*detect_type(write("w", testing::make_image(".webp", 8, 8))), Type::webp);
}

TEST_F(FileType, RefusesWhatARenamedFileReallyIs) {
  const std::string html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";
  const std::string svg =
      "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)"
      "</script></svg>";
  std::ifstream elf("/bin/true", std::ios::binary);
  std::string exe((std::istreambuf_iterator<char>(elf)), {});
  for (const auto& [name, bytes] : {std::pair<std::string, std::string>{"page.pdf", html},
                                    {"drawing.pdf", svg},
                                    {"setup.pdf", exe},
                                    {"archive.pdf", std::string("PK\x03\x04junk", 8)}}) {
    auto t = detect_type(write(name, bytes));
    ASSERT_FALSE(t) << name;
    EXPECT_EQ(t.error().message_id, "files.errors.type_refused") << name;
  }
}

TEST_F(FileType, AnEmptyFileIsRefusedAsEmpty) {
  auto t = detect_type(write("empty.pdf", ""));
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message_id, "files.errors.empty");
}

TEST(FileTypeNames, RoundTripThroughTheirStoredName) {
  for (Type t : kTypes) {
    EXPECT_EQ(parse_type(name_of(t)), t);
    EXPECT_EQ(type_for_mime(mime_of(t)), t);
  }
  EXPECT_FALSE(parse_type("svg"));
  EXPECT_FALSE(type_for_mime("image/svg+xml"));
  EXPECT_FALSE(type_for_mime("text/html"));
}

}  // namespace
}  // namespace comdev::files
