// Images made with libvips for the tests of uploads (src/files and the documents feature), so no
// binary fixture has to be trusted: a plain image of the given size in the given format, with an
// XMP packet carrying `secret` when it is not empty (what derivatives must not keep).
#pragma once

#include <vips/vips.h>

#include <stdexcept>
#include <string>

namespace comdev::files::testing {

inline std::string make_image(const char* suffix, int width, int height,
                              const std::string& secret = {}) {
  if (VIPS_INIT("comdev-test") != 0) throw std::runtime_error("vips init");
  VipsImage* black = nullptr;
  VipsImage* img = nullptr;
  if (vips_black(&black, width, height, "bands", 3, nullptr) != 0 ||
      vips_linear1(black, &img, 1.0, 120.0, "uchar", TRUE, nullptr) != 0) {
    throw std::runtime_error("vips image");
  }
  g_object_unref(black);
  if (!secret.empty()) {
    std::string xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">" + secret + "</x:xmpmeta>";
    vips_image_set_blob_copy(img, VIPS_META_XMP_NAME, xmp.data(), xmp.size());
  }
  void* buf = nullptr;
  size_t len = 0;
  if (vips_image_write_to_buffer(img, suffix, &buf, &len, nullptr) != 0) {
    throw std::runtime_error(std::string("vips save ") + vips_error_buffer());
  }
  g_object_unref(img);
  std::string out(static_cast<const char*>(buf), len);
  g_free(buf);
  return out;
}

}  // namespace comdev::files::testing
