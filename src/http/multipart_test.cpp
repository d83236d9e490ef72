#include "http/multipart.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace comdev::http {
namespace {

const char* kType = "multipart/form-data; boundary=----b0undary";

std::string body_with(const std::string& parts) {
  return parts + "------b0undary--\r\n";
}

std::string field(const std::string& name, const std::string& value) {
  return "------b0undary\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value +
         "\r\n";
}

std::string file(const std::string& name, const std::string& filename, const std::string& bytes) {
  return "------b0undary\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" +
         filename + "\"\r\nContent-Type: image/png\r\n\r\n" + bytes + "\r\n";
}

TEST(Multipart, FindsBoundaryQuotedOrNot) {
  EXPECT_EQ(multipart_boundary(kType), "----b0undary");
  EXPECT_EQ(multipart_boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b\""), "a b");
  EXPECT_FALSE(multipart_boundary("application/x-www-form-urlencoded"));
  EXPECT_FALSE(multipart_boundary("multipart/form-data"));
}

TEST(Multipart, SplitsFieldsAndFilesKeepingBinaryBytes) {
  std::string png("\x89PNG\r\n\x1a\n\0\r\n--x", 15);
  auto m = parse_multipart(
      kType, body_with(field("title", "Puits") + file("photo", "C:\\tmp\\puits.png", png) +
                       field("title", "encore")));
  ASSERT_TRUE(m) << m.error().detail;
  EXPECT_EQ(m->fields.all("title"), (std::vector<std::string_view>{"Puits", "encore"}));
  ASSERT_EQ(m->files.size(), 1u);
  EXPECT_EQ(m->files[0].field_name, "photo");
  EXPECT_EQ(m->files[0].filename, "puits.png");
  EXPECT_EQ(m->files[0].content_type, "image/png");
  EXPECT_EQ(m->files[0].bytes, png);
}

TEST(Multipart, RejectsTruncatedBodyAndMissingBoundary) {
  std::string truncated = field("a", "1").substr(0, 40);
  EXPECT_EQ(parse_multipart(kType, truncated).error().message_id, "errors.multipart.invalid");
  EXPECT_EQ(parse_multipart("multipart/form-data", body_with(field("a", "1"))).error().message_id,
            "errors.multipart.invalid");
}

TEST(Multipart, EnforcesPartCountAndSize) {
  MultipartLimits limits{.max_parts = 2, .max_part_bytes = 5, .max_field_bytes = 3};
  EXPECT_TRUE(parse_multipart(kType, body_with(field("a", "1") + field("b", "2")), limits));
  EXPECT_EQ(
      parse_multipart(kType, body_with(field("a", "1") + field("b", "2") + field("c", "3")), limits)
          .error()
          .message_id,
      "errors.multipart.too_many_parts");
  EXPECT_EQ(parse_multipart(kType, body_with(file("f", "x", "123456")), limits).error().message_id,
            "errors.multipart.part_too_large");
  EXPECT_EQ(parse_multipart(kType, body_with(field("a", "1234")), limits).error().message_id,
            "errors.form.field_too_long");
}

TEST(Multipart, TextFieldsMustBeUtf8ButFilesMayBeBinary) {
  EXPECT_EQ(parse_multipart(kType, body_with(field("a", "\xC3\x28"))).error().message_id,
            "errors.form.invalid_utf8");
  EXPECT_TRUE(parse_multipart(kType, body_with(file("f", "x.bin", "\xC3\x28"))));
}

// The spooled body of an upload route, written to a temporary file.
struct SpooledBody {
  explicit SpooledBody(const std::string& body) {
    path = (std::filesystem::temp_directory_path() /
            ("comdev-multipart-" + std::to_string(::getpid())))
               .string();
    std::ofstream(path, std::ios::binary) << body;
  }
  ~SpooledBody() { std::remove(path.c_str()); }
  std::string bytes_of(const UploadedFile& f) const {
    std::ifstream in(path, std::ios::binary);
    std::string out(f.size, '\0');
    in.seekg(static_cast<std::streamoff>(f.offset));
    in.read(out.data(), static_cast<std::streamsize>(f.size));
    return out;
  }
  std::string path;
};

TEST(MultipartFile, GivesTheSameFieldsAndFilesAsRangesOfTheBody) {
  std::string png("\x89PNG\r\n\x1a\n\0\r\n--x", 15);
  SpooledBody body(body_with(field("title", "Étude") + file("doc", "a/b/étude.pdf", png) +
                             field("kind", "study")));
  auto m = parse_multipart_file(kType, body.path);
  ASSERT_TRUE(m) << m.error().detail;
  EXPECT_EQ(m->fields.get("title"), "Étude");
  EXPECT_EQ(m->fields.get("kind"), "study");
  ASSERT_EQ(m->files.size(), 1u);
  EXPECT_EQ(m->files[0].filename, "étude.pdf");
  EXPECT_TRUE(m->files[0].bytes.empty());
  EXPECT_EQ(m->files[0].length(), png.size());
  EXPECT_EQ(body.bytes_of(m->files[0]), png);
}

TEST(MultipartFile, FindsADelimiterSplitAcrossTwoBlocks) {
  // 64 KiB blocks: put a delimiter across the first block's end, at every offset around it.
  for (std::size_t shift = 0; shift < 24; ++shift) {
    std::string head =
        "------b0undary\r\nContent-Disposition: form-data; name=\"f\"; "
        "filename=\"x.bin\"\r\n\r\n";
    std::string content(65536 - head.size() - 10 + shift, 'a');
    SpooledBody body(body_with(head + content + "\r\n" + field("t", "ok")));
    auto m = parse_multipart_file(kType, body.path);
    ASSERT_TRUE(m) << shift << " " << m.error().detail;
    ASSERT_EQ(m->files.size(), 1u);
    EXPECT_EQ(m->files[0].size, content.size()) << shift;
    EXPECT_EQ(m->fields.get("t"), "ok") << shift;
  }
}

TEST(MultipartFile, RefusesTruncatedAndUnterminatedBodies) {
  SpooledBody cut("------b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nxyz");
  EXPECT_EQ(parse_multipart_file(kType, cut.path).error().message_id, "errors.multipart.invalid");
  SpooledBody none("no delimiter at all");
  EXPECT_EQ(parse_multipart_file(kType, none.path).error().message_id, "errors.multipart.invalid");
}

}  // namespace
}  // namespace comdev::http
