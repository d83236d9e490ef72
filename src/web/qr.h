// QR codes as inline SVG (libqrencode), for the printable posters: a phone camera at a notice
// board or a festival stand opens the project's page. Inline SVG keeps the poster one request and
// needs no image endpoint; it is crisp at any print size.
// Thread-safety: libqrencode's encoder is reentrant; these functions share no state.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::web {

// The dark/light modules of the QR code for `text` (8-bit mode, error correction M, smallest
// version that fits), row by row; nullopt when the text is too long for any QR version.
struct QrMatrix {
  int size = 0;            // modules per side, quiet zone excluded
  std::vector<bool> dark;  // size * size, row-major
  bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};
std::optional<QrMatrix> qr_matrix(std::string_view text);

// `<svg …>` drawing the code with a 4-module quiet zone (scanners need it), one <path> of unit
// squares, scaled by CSS; empty when the text cannot be encoded. `label` becomes aria-label.
std::string qr_svg(std::string_view text, std::string_view label);

}  // namespace comdev::web
