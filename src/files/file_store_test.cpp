#include "files/file_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "files/test_images.h"

namespace comdev::files {
namespace {

namespace fs = std::filesystem;

const std::string kPdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class FileStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("comdev-files-" + std::to_string(::getpid()));
    fs::remove_all(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  std::size_t temporary_files() const {
    if (!fs::exists(root_ / "tmp")) return 0;
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(root_ / "tmp"), {}));
  }
  fs::path root_;
};

TEST_F(FileStoreTest, StoresUnderTheHashOfTheContent) {
  FileStore store(root_.string());
  auto f = store.put(Source::memory(kPdf), 1 << 20);
  ASSERT_TRUE(f) << f.error().message_id;
  EXPECT_TRUE(is_sha256(f->sha256));
  EXPECT_EQ(f->type, Type::pdf);
  EXPECT_EQ(f->size, kPdf.size());
  EXPECT_FALSE(f->has_derivatives);
  auto path = store.path_of(f->sha256);
  EXPECT_EQ(path, root_.string() + "/" + f->sha256.substr(0, 2) + "/" + f->sha256.substr(2, 2) +
                      "/" + f->sha256);
  EXPECT_EQ(slurp(path), kPdf);
  EXPECT_EQ(temporary_files(), 0u);
}

TEST_F(FileStoreTest, TheSameBytesTwiceAreKeptOnce) {
  FileStore store(root_.string());
  auto a = store.put(Source::memory(kPdf), 1 << 20);
  auto b = store.put(Source::memory(kPdf), 1 << 20);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->sha256, b->sha256);
  EXPECT_EQ(temporary_files(), 0u);
}

TEST_F(FileStoreTest, CopiesARangeOfASpooledBody) {
  FileStore store(root_.string());
  fs::create_directories(root_);
  auto body = (root_ / "body").string();
  std::ofstream(body, std::ios::binary) << "--boundary\r\n\r\n" << kPdf << "\r\n--boundary--";
  auto f = store.put(Source::range(body, 14, kPdf.size()), 1 << 20);
  ASSERT_TRUE(f) << f.error().message_id;
  EXPECT_EQ(slurp(store.path_of(f->sha256)), kPdf);
}

TEST_F(FileStoreTest, RefusesEmptyOversizedAndForbiddenFilesWithoutLeavingAnything) {
  FileStore store(root_.string());
  EXPECT_EQ(store.put(Source::memory(""), 100).error().message_id, "files.errors.empty");
  EXPECT_EQ(store.put(Source::memory(kPdf), 10).error().message_id, "files.errors.too_large");
  EXPECT_EQ(store.put(Source::memory("<html><script>x</script></html>"), 100).error().message_id,
            "files.errors.type_refused");
  EXPECT_EQ(temporary_files(), 0u);
}

TEST_F(FileStoreTest, AnImageGetsDerivativesWithoutItsMetadata) {
  FileStore store(root_.string());
  auto jpeg = testing::make_image(".jpg", 2000, 1000, "gps-secret-31.6");
  ASSERT_NE(jpeg.find("gps-secret"), std::string::npos);
  auto f = store.put(Source::memory(jpeg), 20 << 20);
  ASSERT_TRUE(f) << f.error().message_id << f.error().detail;
  EXPECT_TRUE(f->has_derivatives);
  for (Derivative d : {Derivative::thumbnail, Derivative::preview}) {
    auto bytes = slurp(store.path_of(f->sha256, d));
    ASSERT_FALSE(bytes.empty());
    EXPECT_EQ(bytes.substr(0, 3), "\xFF\xD8\xFF");
    EXPECT_EQ(bytes.find("gps-secret"), std::string::npos);
    VipsImage* im = vips_image_new_from_buffer(bytes.data(), bytes.size(), "", nullptr);
    ASSERT_NE(im, nullptr);
    EXPECT_EQ(im->Xsize, longest_side(d));
    EXPECT_EQ(im->Ysize, longest_side(d) / 2);
    g_object_unref(im);
  }
}

TEST_F(FileStoreTest, AnImageThatCannotBeDecodedIsRefused) {
  FileStore store(root_.string());
  auto png = testing::make_image(".png", 64, 64);
  png.resize(png.size() / 2);  // the header says PNG; the pixels are gone
  auto f = store.put(Source::memory(png), 1 << 20);
  ASSERT_FALSE(f);
  EXPECT_EQ(f.error().message_id, "files.errors.damaged_image");
  EXPECT_EQ(temporary_files(), 0u);
}

}  // namespace
}  // namespace comdev::files
