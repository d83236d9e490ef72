// Removes the metadata a camera or phone writes into a photo (GPS position, device, dates,
// comments) before it is stored: a profile photo is shown to others, and where a member's home
// is must not travel with it. Pure byte surgery, no decoding: the image data is copied unchanged.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace comdev::profiles {

// `content_type` is the type sniff_image recognised ("image/jpeg", "image/png", "image/webp").
// JPEG keeps APP0 JFIF, APP2 ICC_PROFILE and APP14 Adobe (colour handling) and drops every other
// APPn and COM; PNG drops eXIf, tEXt, iTXt, zTXt and tIME; WebP drops EXIF and XMP (and their
// VP8X flags). Malformed input: Error::invalid with field "photo" and profiles.errors.photo_type.
Result<std::string> strip_photo_metadata(std::string_view bytes, std::string_view content_type);

}  // namespace comdev::profiles
