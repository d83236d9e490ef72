// Image derivatives (libvips): the small thumbnail of a list and the preview of a document's page,
// both JPEG, turned upright from the EXIF orientation, then saved without any metadata (EXIF, GPS
// position, camera serial, XMP, ICC comments): a photo of a site must not say where someone lives.
//
// Thread-safety: callable from any thread; libvips is initialised once, with one worker thread
// per operation and no operation cache, so a burst of uploads does not keep decoded images in
// memory.
#pragma once

#include <string>

#include "core/result.h"

namespace comdev::files {

enum class Derivative { thumbnail, preview };

// Longest side in pixels: 320 (thumbnail) or 1280 (preview); smaller images are not enlarged.
int longest_side(Derivative d);

// The suffix of the derivative's file next to the original: ".thumb.jpg", ".preview.jpg".
std::string_view suffix_of(Derivative d);

// Writes the derivative of the image at `source` to `dest` (through `dest`.tmp and a rename).
// Error::invalid("files.errors.damaged_image") when libvips cannot decode it,
// "files.errors.image_too_large" beyond 100 megapixels (a decompression bomb).
Status make_derivative(const std::string& source, const std::string& dest, Derivative d);

}  // namespace comdev::files
