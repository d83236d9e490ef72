#include "files/derivatives.h"

#include <vips/vips.h>

#include <cstdio>
#include <mutex>

namespace comdev::files {
namespace {

constexpr long long kMaxPixels = 100LL * 1000 * 1000;

void init_vips() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (VIPS_INIT("comdev") != 0) vips_error_exit("libvips");
    vips_concurrency_set(1);
    vips_cache_set_max(0);
  });
}

std::string take_vips_error() {
  std::string e = vips_error_buffer();
  vips_error_clear();
  return e;
}

}  // namespace

int longest_side(Derivative d) {
  return d == Derivative::thumbnail ? 320 : 1280;
}

std::string_view suffix_of(Derivative d) {
  return d == Derivative::thumbnail ? ".thumb.jpg" : ".preview.jpg";
}

Status make_derivative(const std::string& source, const std::string& dest, Derivative d) {
  init_vips();
  // One at a time in the process: decoding a page or a large photo takes tens of megabytes, and a
  // burst of uploads on every worker at once must not add them up (bench/uploads). A preview
  // takes milliseconds, so the queue stays short.
  static std::mutex one_at_a_time;
  std::lock_guard lock(one_at_a_time);
  // The header alone says how large the decoded image would be; nothing is decoded yet.
  VipsImage* head = vips_image_new_from_file(source.c_str(), nullptr);
  if (!head) {
    take_vips_error();
    return Error::invalid("files.errors.damaged_image");
  }
  long long pixels = static_cast<long long>(head->Xsize) * head->Ysize;
  g_object_unref(head);
  if (pixels > kMaxPixels) return Error::invalid("files.errors.image_too_large");

  VipsImage* out = nullptr;
  const int side = longest_side(d);
  if (vips_thumbnail(source.c_str(), &out, side, "height", side, "size", VIPS_SIZE_DOWN, "fail_on",
                     VIPS_FAIL_ON_TRUNCATED, nullptr) != 0) {
    take_vips_error();
    return Error::invalid("files.errors.damaged_image");
  }
  const std::string tmp = dest + ".tmp";
  int rc =
      vips_jpegsave(out, tmp.c_str(), "strip", TRUE, "Q", 82, "optimize_coding", TRUE, nullptr);
  g_object_unref(out);
  if (rc != 0) {
    std::remove(tmp.c_str());
    return Error::invalid("files.errors.damaged_image").with_detail(take_vips_error());
  }
  if (std::rename(tmp.c_str(), dest.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Error::internal("files: cannot rename " + tmp);
  }
  return {};
}

}  // namespace comdev::files
