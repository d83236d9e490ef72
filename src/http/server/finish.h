// The response rules every reply goes through, kept out of the Beast session so they compile
// fast and are unit-tested on plain structs:
//   - a file_path response stays one (the session sends the file from disk a buffer at a time, with
//     its Content-Length): 404 when the file is gone, never gzipped,
//   - conditional GET: an ETag matching If-None-Match turns a 200 into a 304 without body,
//   - gzip for compressible types over 512 bytes when the client accepts it, with Vary,
//   - a Date header.
// Content-Length and HEAD are the session's job (they depend on the wire format).
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "http/request.h"
#include "http/response.h"

namespace comdev::http::server {

void finish_response(const Request& req, Response& res);

// "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §5.6.7).
std::string http_date(std::chrono::system_clock::time_point t);

// True when the If-None-Match header value lists `etag` (weak comparison) or is "*".
bool etag_matches(std::string_view if_none_match, std::string_view etag);
bool accepts_gzip(std::string_view accept_encoding);
bool is_compressible(std::string_view content_type);

}  // namespace comdev::http::server
