// gzip (RFC 1952) through zlib, std-only interface so the response code stays out of Beast.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace comdev::http::server {

std::string gzip_compress(std::string_view data);
// For tests and clients; nothing when the input is not a complete gzip stream.
std::optional<std::string> gzip_decompress(std::string_view data);

}  // namespace comdev::http::server
