#include "web/qr.h"

#include <qrencode.h>

#include <memory>

#include "web/render.h"

namespace comdev::web {

std::optional<QrMatrix> qr_matrix(std::string_view text) {
  // QRcode_encodeData takes a length, so text with NUL bytes is encoded as given.
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeData(static_cast<int>(text.size()),
                        reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M),
      &QRcode_free);
  if (!code) return std::nullopt;
  QrMatrix m;
  m.size = code->width;
  m.dark.resize(static_cast<std::size_t>(m.size * m.size));
  for (int i = 0; i < m.size * m.size; ++i) m.dark[static_cast<std::size_t>(i)] = code->data[i] & 1;
  return m;
}

std::string qr_svg(std::string_view text, std::string_view label) {
  auto m = qr_matrix(text);
  if (!m) return {};
  constexpr int kQuiet = 4;
  const int side = m->size + 2 * kQuiet;
  std::string svg;
  svg.reserve(static_cast<std::size_t>(m->size * m->size) * 6);
  svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 ";
  svg += std::to_string(side) + " " + std::to_string(side);
  svg += "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"";
  std::string escaped;
  Out out{escaped, i18n::kDefaultLang, i18n::catalogue(i18n::kDefaultLang)};
  write_attr(out, label);
  svg += escaped;
  svg += "\"><rect width=\"" + std::to_string(side) + "\" height=\"" + std::to_string(side) +
         "\" fill=\"#fff\"/><path fill=\"#000\" d=\"";
  // One horizontal run of dark modules per subpath keeps the path short (a few KB).
  for (int y = 0; y < m->size; ++y) {
    for (int x = 0; x < m->size;) {
      if (!m->at(x, y)) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < m->size && m->at(x + run, y)) ++run;
      svg += "M" + std::to_string(x + kQuiet) + " " + std::to_string(y + kQuiet) + "h" +
             std::to_string(run) + "v1h-" + std::to_string(run) + "z";
      x += run;
    }
  }
  svg += "\"/></svg>";
  return svg;
}

}  // namespace comdev::web
