#include "features/profiles/photo_metadata.h"

#include <cstdint>

namespace comdev::profiles {
namespace {

Error malformed() {
  return Error::invalid("profiles.errors.photo_type", {{"photo", "profiles.errors.photo_type"}});
}

std::uint32_t be16(std::string_view b, std::size_t at) {
  return (std::uint32_t(std::uint8_t(b[at])) << 8) | std::uint8_t(b[at + 1]);
}

std::uint32_t be32(std::string_view b, std::size_t at) {
  return (be16(b, at) << 16) | be16(b, at + 2);
}

std::uint32_t le32(std::string_view b, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | std::uint8_t(b[at + std::size_t(i)]);
  return v;
}

void put_le32(std::string& s, std::size_t at, std::uint32_t v) {
  for (std::size_t i = 0; i < 4; ++i) s[at + i] = char((v >> (8 * i)) & 0xFF);
}

// APPn segments that only say how to read the colours: without them some photos look wrong.
bool keep_app(std::uint8_t marker, std::string_view payload) {
  if (marker == 0xE0) return payload.starts_with(std::string_view("JFIF\0", 5));
  if (marker == 0xE2) return payload.starts_with(std::string_view("ICC_PROFILE\0", 12));
  if (marker == 0xEE) return payload.starts_with("Adobe");
  return false;
}

Result<std::string> strip_jpeg(std::string_view b) {
  if (b.size() < 4 || b.substr(0, 2) != "\xFF\xD8") return malformed();
  std::string out(b.substr(0, 2));
  std::size_t pos = 2;
  while (pos < b.size()) {
    if (std::uint8_t(b[pos]) != 0xFF) return malformed();
    std::size_t start = pos;
    while (pos < b.size() && std::uint8_t(b[pos]) == 0xFF) ++pos;  // fill bytes
    if (pos >= b.size()) return malformed();
    auto marker = std::uint8_t(b[pos++]);
    // Markers without a length: TEM and RSTn; an EOI before any scan means no image.
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
      out.append(b.substr(start, pos - start));
      continue;
    }
    if (marker == 0xD9 || marker == 0xD8 || marker == 0x00) return malformed();
    if (pos + 2 > b.size()) return malformed();
    std::size_t len = be16(b, pos);
    if (len < 2 || pos + len > b.size()) return malformed();
    if (marker == 0xDA) {
      // The scan and everything after it is image data: copied as it is.
      out.append(b.substr(start));
      return out;
    }
    std::string_view payload = b.substr(pos + 2, len - 2);
    bool is_app = marker >= 0xE0 && marker <= 0xEF;
    bool drop = marker == 0xFE || (is_app && !keep_app(marker, payload));
    if (!drop) out.append(b.substr(start, pos + len - start));
    pos += len;
  }
  return malformed();  // no scan: not a whole image
}

Result<std::string> strip_png(std::string_view b) {
  constexpr std::string_view kSig("\x89PNG\r\n\x1A\n", 8);
  if (!b.starts_with(kSig)) return malformed();
  std::string out(kSig);
  std::size_t pos = kSig.size();
  while (pos + 12 <= b.size()) {
    std::size_t len = be32(b, pos);
    if (len > 0x7FFFFFFF || len > b.size() - pos - 12) return malformed();
    std::string_view type = b.substr(pos + 4, 4);
    std::size_t total = 12 + len;
    bool drop =
        type == "eXIf" || type == "tEXt" || type == "iTXt" || type == "zTXt" || type == "tIME";
    if (!drop) out.append(b.substr(pos, total));
    pos += total;
    // Anything after IEND is not part of the image and could carry anything: left out.
    if (type == "IEND") return out;
  }
  return malformed();
}

Result<std::string> strip_webp(std::string_view b) {
  if (b.size() < 12 || b.substr(0, 4) != "RIFF" || b.substr(8, 4) != "WEBP") return malformed();
  std::size_t riff = le32(b, 4);
  if (riff < 4 || riff > b.size() - 8) return malformed();
  std::size_t end = 8 + riff;
  std::string out(b.substr(0, 12));
  std::size_t pos = 12;
  bool any_image = false;
  while (pos < end) {
    if (pos + 8 > end) return malformed();
    std::string_view fourcc = b.substr(pos, 4);
    std::size_t size = le32(b, pos + 4);
    if (size > end - pos - 8) return malformed();
    std::size_t pad = size & 1;
    std::size_t next = pos + 8 + size + pad;
    // Some writers leave out the padding byte of the last chunk: added back on output.
    if (next > end) next = end;
    std::string chunk(b.substr(pos, next - pos));
    chunk.resize(8 + size + pad, '\0');
    if (fourcc == "VP8X") {
      if (size < 10) return malformed();
      chunk[8] = char(std::uint8_t(chunk[8]) & ~0x0C);  // the EXIF and XMP flags
    }
    if (fourcc == "VP8 " || fourcc == "VP8L" || fourcc == "ANMF") any_image = true;
    if (fourcc != "EXIF" && fourcc != "XMP ") out += chunk;
    pos = next;
  }
  if (!any_image) return malformed();
  put_le32(out, 4, std::uint32_t(out.size() - 8));
  return out;
}

}  // namespace

Result<std::string> strip_photo_metadata(std::string_view bytes, std::string_view content_type) {
  if (content_type == "image/jpeg") return strip_jpeg(bytes);
  if (content_type == "image/png") return strip_png(bytes);
  if (content_type == "image/webp") return strip_webp(bytes);
  return malformed();
}

}  // namespace comdev::profiles
