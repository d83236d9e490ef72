#include "features/profiles/photo_metadata.h"

#include <gtest/gtest.h>

#include "features/profiles/profile_forms.h"

namespace comdev::profiles {
namespace {

std::string bytes(std::initializer_list<int> b) {
  std::string s;
  for (int c : b) s += char(c);
  return s;
}

std::string jpeg_segment(int marker, const std::string& payload) {
  auto len = payload.size() + 2;
  return bytes({0xFF, marker, int(len >> 8), int(len & 0xFF)}) + payload;
}

std::string be32(std::size_t v) {
  return bytes({int(v >> 24), int((v >> 16) & 0xFF), int((v >> 8) & 0xFF), int(v & 0xFF)});
}

std::string le32(std::size_t v) {
  return bytes({int(v & 0xFF), int((v >> 8) & 0xFF), int((v >> 16) & 0xFF), int(v >> 24)});
}

// CRCs are not checked (nor recomputed): a fixed one is enough to tell chunks apart.
std::string png_chunk(const std::string& type, const std::string& data) {
  return be32(data.size()) + type + data + "CRC!";
}

std::string riff_chunk(const std::string& fourcc, const std::string& data) {
  std::string c = fourcc + le32(data.size()) + data;
  if (data.size() % 2) c += '\0';
  return c;
}

std::string webp(const std::string& chunks) {
  return "RIFF" + le32(chunks.size() + 4) + "WEBP" + chunks;
}

const std::string kJfif = jpeg_segment(0xE0, std::string("JFIF\0\x01\x02\0\0\x01\0\x01\0\0", 14));
const std::string kIcc = jpeg_segment(0xE2, std::string("ICC_PROFILE\0\x01\x01", 14) + "profile");
const std::string kDqt = jpeg_segment(0xDB, std::string(65, '\x02'));
const std::string kScan = jpeg_segment(0xDA, bytes({1, 1, 0, 0, 0x3F, 0})) +
                          bytes({0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56, 0xFF, 0xD9});

bool has(const std::string& s, std::string_view what) {
  return s.find(what) != std::string::npos;
}

TEST(PhotoMetadata, JpegLosesExifCommentsAndIptcButKeepsColourAndImage) {
  std::string exif = jpeg_segment(0xE1, std::string("Exif\0\0", 6) + "GPSLatitude 30.4N");
  std::string xmp = jpeg_segment(0xE1, std::string("http://ns.adobe.com/xap/1.0/\0<x:GPS/>", 37));
  std::string iptc = jpeg_segment(0xED, "Photoshop 3.0 city=Tafraout");
  std::string com = jpeg_segment(0xFE, "shot near home");
  std::string in = bytes({0xFF, 0xD8}) + kJfif + exif + xmp + kIcc + iptc + com + kDqt + kScan;
  auto out = strip_photo_metadata(in, "image/jpeg");
  ASSERT_TRUE(out) << out.error().message_id;
  EXPECT_EQ(*out, bytes({0xFF, 0xD8}) + kJfif + kIcc + kDqt + kScan);
  EXPECT_FALSE(has(*out, "GPS"));
  EXPECT_FALSE(has(*out, "Tafraout"));
  EXPECT_FALSE(has(*out, "home"));
  EXPECT_EQ(sniff_image(*out), "image/jpeg");
}

TEST(PhotoMetadata, PngLosesTextAndTimeChunksAndKeepsTheRestWithTheirCrcs) {
  std::string ihdr = png_chunk("IHDR", std::string("\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 13));
  std::string idat = png_chunk("IDAT", "compressed-pixels");
  std::string iend = png_chunk("IEND", "");
  std::string sig("\x89PNG\r\n\x1A\n", 8);
  std::string in = sig + ihdr + png_chunk("tEXt", std::string("Comment\0GPS 30.4N", 17)) +
                   png_chunk("eXIf", std::string("MM\0*GPS", 7)) +
                   png_chunk("tIME", std::string("\x07\xEA\x0B\x17\0\0\0", 7)) + idat +
                   png_chunk("iTXt", "XML:com.adobe.xmp GPS") + iend + "trailing GPS";
  auto out = strip_photo_metadata(in, "image/png");
  ASSERT_TRUE(out) << out.error().message_id;
  EXPECT_EQ(*out, sig + ihdr + idat + iend);
  EXPECT_FALSE(has(*out, "GPS"));
  EXPECT_EQ(sniff_image(*out), "image/png");
}

TEST(PhotoMetadata, WebpLosesExifAndXmpAndItsFlagsAndTheSizeIsFixed) {
  // VP8X flags: ICC (0x20) stays, EXIF (0x08) and XMP (0x04) go.
  std::string vp8x_data = bytes({0x2C, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  std::string vp8 = riff_chunk("VP8 ", "frame-bytes");  // odd size: padded
  std::string iccp = riff_chunk("ICCP", "icc");
  std::string in =
      webp(riff_chunk("VP8X", vp8x_data) + iccp + vp8 +
           riff_chunk("EXIF", std::string("MM\0*GPSLatitude", 15)) + riff_chunk("XMP ", "<GPS/>"));
  auto out = strip_photo_metadata(in, "image/webp");
  ASSERT_TRUE(out) << out.error().message_id;
  std::string kept_vp8x = vp8x_data;
  kept_vp8x[0] = char(0x20);
  EXPECT_EQ(*out, webp(riff_chunk("VP8X", kept_vp8x) + iccp + vp8));
  EXPECT_FALSE(has(*out, "GPS"));
  EXPECT_EQ(sniff_image(*out), "image/webp");
}

TEST(PhotoMetadata, AFileWithNothingToRemoveIsUnchanged) {
  std::string jpeg = bytes({0xFF, 0xD8}) + kJfif + kDqt + kScan;
  EXPECT_EQ(*strip_photo_metadata(jpeg, "image/jpeg"), jpeg);
  std::string png = std::string("\x89PNG\r\n\x1A\n", 8) + png_chunk("IHDR", "0123456789abc") +
                    png_chunk("IEND", "");
  EXPECT_EQ(*strip_photo_metadata(png, "image/png"), png);
}

void expect_refused(const std::string& in, std::string_view type) {
  auto out = strip_photo_metadata(in, type);
  ASSERT_FALSE(out) << type;
  EXPECT_EQ(out.error().code, ErrorCode::invalid);
  EXPECT_EQ(out.error().message_id, "profiles.errors.photo_type");
  ASSERT_EQ(out.error().fields.size(), 1u);
  EXPECT_EQ(out.error().fields[0].field, "photo");
}

TEST(PhotoMetadata, TruncatedOrMalformedFilesAreRefused) {
  std::string jpeg = bytes({0xFF, 0xD8}) + kJfif +
                     jpeg_segment(0xE1, std::string("Exif\0\0", 6) + "GPS") + kDqt + kScan;
  auto app1 = jpeg.find("Exif");
  expect_refused(jpeg.substr(0, app1 + 2), "image/jpeg");     // cut inside the EXIF segment
  expect_refused(bytes({0xFF, 0xD8}) + kJfif, "image/jpeg");  // no scan
  expect_refused(bytes({0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01}) + kScan, "image/jpeg");  // length < 2
  expect_refused(bytes({0xFF, 0xD8}) + "garbage", "image/jpeg");

  std::string png = std::string("\x89PNG\r\n\x1A\n", 8) + png_chunk("IHDR", "0123456789abc") +
                    png_chunk("IEND", "");
  expect_refused(png.substr(0, png.size() - 3), "image/png");  // no whole IEND
  expect_refused(std::string("\x89PNG\r\n\x1A\n", 8) + std::string(200, '\x01'), "image/png");

  std::string w = webp(riff_chunk("VP8 ", "frame") + riff_chunk("EXIF", "GPS-and-more"));
  expect_refused(w.substr(0, w.size() - 4), "image/webp");        // RIFF size beyond the end
  expect_refused(webp(riff_chunk("EXIF", "GPS")), "image/webp");  // no image at all
  std::string bad_chunk = webp("VP8 " + le32(1000) + "frame");
  expect_refused(bad_chunk, "image/webp");

  expect_refused(png, "image/gif");
}

}  // namespace
}  // namespace comdev::profiles
