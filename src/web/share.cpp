#include "web/share.h"

#include "http/percent.h"
#include "web/app.h"

namespace comdev::web {

std::string absolute_url(const App& app, std::string_view path) {
  if (path.starts_with("http://") || path.starts_with("https://")) return std::string(path);
  std::string base = app.config().base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  if (!path.starts_with('/')) base += '/';
  return base + std::string(path);
}

std::string whatsapp_url(std::string_view title, std::string_view absolute) {
  std::string text(title);
  if (!text.empty()) text += "\n";
  text += absolute;
  return "https://wa.me/?text=" + http::percent_encode(text);
}

ShareLinks share_links(const App& app, std::string_view title, std::string_view path,
                       std::string_view poster_path) {
  return ShareLinks{whatsapp_url(title, absolute_url(app, path)), std::string(poster_path)};
}

std::string shorten_utf8(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  std::size_t cut = max_bytes;
  // Step back over continuation bytes (10xxxxxx) so no character is split.
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  std::string out(s.substr(0, cut));
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out + "…";
}

ShareMeta share_meta(const App& app, std::string_view title, std::string_view summary,
                     std::string_view image_path, std::string_view path) {
  ShareMeta m;
  m.title = std::string(title);
  m.description = shorten_utf8(summary, 300);
  if (!image_path.empty()) m.image = absolute_url(app, image_path);
  m.url = absolute_url(app, path);
  return m;
}

}  // namespace comdev::web
