// gzip for the responses the web layer builds itself: static assets compressed once at start,
// pages a feature caches with their compressed form. (The server compresses other responses on
// the fly in http/server.)
#pragma once

#include <string>
#include <string_view>

namespace comdev::web {

// `data` in gzip format at zlib `level` (1–9); empty when compression fails.
std::string gzip(std::string_view data, int level);

// Whether an Accept-Encoding header accepts gzip ("gzip", "*"; a q=0 refuses it).
bool accepts_gzip(std::string_view accept_encoding);

}  // namespace comdev::web
