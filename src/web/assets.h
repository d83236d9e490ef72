// Assets: the files under static/, loaded into memory at start and served under content-hashed
// URLs (/static/<hash>/css/site.css) with a one-year immutable cache, so a phone on 3G fetches
// each version once. Text assets are gzipped once at load, not per request.
// Thread-safety: immutable after load(); safe from any thread.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "http/request.h"
#include "http/response.h"

namespace comdev::web {

struct Asset {
  std::string path;  // relative to static/, e.g. "css/site.css"
  std::string hash;  // first 12 hex digits of the content hash
  std::string content_type;
  std::string body;
  std::string gzipped;  // empty when not worth compressing
};

class Assets {
 public:
  static Result<Assets> load(const std::filesystem::path& static_dir);

  // "/static/<hash>/css/site.css" for templates. REQUIRES: the file exists (else a bug).
  std::string url(std::string_view path) const;
  // Serves GET /static/... and /favicon.ico; nullopt when the path is not an asset URL.
  std::optional<http::Response> serve(const http::Request& req) const;
  const Asset* find(std::string_view path) const;

 private:
  std::map<std::string, Asset, std::less<>> by_path_;
};

std::string content_hash(std::string_view bytes);
std::string_view content_type_for(std::string_view path);

}  // namespace comdev::web
