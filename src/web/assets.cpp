#include "web/assets.h"

#include "core/text.h"
#include "web/gzip.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace comdev::web {
namespace {

bool is_text(std::string_view type) {
  return type.starts_with("text/") || type.starts_with("application/javascript") ||
         type.starts_with("application/json") || type.starts_with("image/svg+xml");
}

http::Response respond(const Asset& a, const http::Request& req, std::string_view cache) {
  http::Response r;
  r.header("Content-Type", a.content_type);
  r.header("Cache-Control", std::string(cache));
  r.header("ETag", "\"" + a.hash + "\"");
  if (!a.gzipped.empty()) {
    r.header("Vary", "Accept-Encoding");
    if (accepts_gzip(req.header("accept-encoding"))) {
      r.header("Content-Encoding", "gzip");
      r.body = a.gzipped;
      return r;
    }
  }
  r.body = a.body;
  return r;
}

}  // namespace

std::string content_hash(std::string_view bytes) {
  return core::fnv1a64_hex(bytes).substr(0, 12);
}

std::string_view content_type_for(std::string_view path) {
  auto ends = [&](std::string_view s) { return path.ends_with(s); };
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js") || ends(".mjs")) return "application/javascript; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".jpg") || ends(".jpeg")) return "image/jpeg";
  if (ends(".webp")) return "image/webp";
  if (ends(".ico")) return "image/x-icon";
  if (ends(".json")) return "application/json";
  if (ends(".woff2")) return "font/woff2";
  if (ends(".txt")) return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

Result<Assets> Assets::load(const std::filesystem::path& static_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(static_dir, ec)) {
    return Error::internal("static folder not found: " + static_dir.string());
  }
  Assets out;
  for (auto it = fs::recursive_directory_iterator(static_dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    Asset a;
    a.path = fs::relative(it->path(), static_dir).generic_string();
    a.body = ss.str();
    a.hash = content_hash(a.body);
    a.content_type = std::string(content_type_for(a.path));
    if (is_text(a.content_type) && a.body.size() > 512) {
      a.gzipped = gzip(a.body, 9);
      if (a.gzipped.size() >= a.body.size()) a.gzipped.clear();
    }
    out.by_path_.emplace(a.path, std::move(a));
  }
  if (ec) return Error::internal("cannot read " + static_dir.string() + ": " + ec.message());
  return out;
}

const Asset* Assets::find(std::string_view path) const {
  auto it = by_path_.find(path);
  return it == by_path_.end() ? nullptr : &it->second;
}

std::string Assets::url(std::string_view path) const {
  const Asset* a = find(path);
  if (a == nullptr) return "/static/" + std::string(path);
  return "/static/" + a->hash + "/" + a->path;
}

std::optional<http::Response> Assets::serve(const http::Request& req) const {
  if (req.method != http::Method::get && req.method != http::Method::head) return std::nullopt;
  std::string_view p = req.path;
  if (p == "/favicon.ico") {
    if (const Asset* a = find("img/favicon.ico")) return respond(*a, req, "public, max-age=86400");
    return std::nullopt;
  }
  if (!p.starts_with("/static/")) return std::nullopt;
  p.remove_prefix(8);
  auto slash = p.find('/');
  if (slash != std::string_view::npos) {
    // Hashed URL: cache for a year. A stale hash still gets the current file, briefly cached,
    // so a page cached before a deploy does not lose its style.
    if (const Asset* a = find(p.substr(slash + 1))) {
      bool current = p.substr(0, slash) == a->hash;
      return respond(*a, req,
                     current ? "public, max-age=31536000, immutable" : "public, max-age=300");
    }
  }
  if (const Asset* a = find(p)) return respond(*a, req, "public, max-age=300");
  return std::nullopt;
}

}  // namespace comdev::web
