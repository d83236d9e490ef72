// Sharing helpers: absolute URLs from Config::base_url, the WhatsApp share link, the
// OpenGraph/Twitter meta of a page and the links of templates/partials/share.html.
//
// Usage in a public page handler (projects, needs):
//   view.layout.share = web::share_meta(ctx.app, title, summary, cover_path_or_empty, path);
//   view.share_links = web::share_links(ctx.app, title, path, path + "/poster");
// and in its template: {% include "partials/share" %} (reads `share_links`).
#pragma once

#include <string>
#include <string_view>

#include "web/page.h"

namespace comdev::web {

class App;

// base_url + path ("/projects/3" -> "https://comdev.example/projects/3"). A path that already
// starts with a scheme is returned as is.
std::string absolute_url(const App& app, std::string_view path);

// https://wa.me/?text=<title, a new line, url> — WhatsApp on a phone, web.whatsapp.com elsewhere.
std::string whatsapp_url(std::string_view title, std::string_view absolute);

// What partials/share.html shows: the WhatsApp link and the poster link (relative).
struct ShareLinks {
  std::string whatsapp_url;
  std::string poster_url;
};
ShareLinks share_links(const App& app, std::string_view title, std::string_view path,
                       std::string_view poster_path);

// The layout's OpenGraph/Twitter meta for the page at `path`; `image_path` may be empty. The
// description is cut to about 200 characters (on a UTF-8 boundary), as previews show no more.
ShareMeta share_meta(const App& app, std::string_view title, std::string_view summary,
                     std::string_view image_path, std::string_view path);

// `s` cut to at most `max_bytes` bytes on a UTF-8 character boundary, "…" added when cut.
std::string shorten_utf8(std::string_view s, std::size_t max_bytes);

}  // namespace comdev::web
