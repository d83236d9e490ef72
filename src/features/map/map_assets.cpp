#include "features/map/map_assets.h"

#include <fstream>
#include <sstream>

#include "web/assets.h"
#include "web/errors.h"

namespace comdev::map {

namespace {

bool read(const std::filesystem::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

Leaflet Leaflet::load(const std::filesystem::path& dist) {
  Leaflet l;
  std::string all;
  for (const char* name :
       {"leaflet.js", "leaflet.css", "images/layers.png", "images/layers-2x.png",
        "images/marker-icon.png", "images/marker-icon-2x.png", "images/marker-shadow.png"}) {
    File f;
    if (!read(dist / name, f.body)) {
      if (std::string_view(name).starts_with("leaflet.")) return Leaflet{};
      continue;
    }
    f.type = std::string(web::content_type_for(name));
    all += f.body;
    l.files_.emplace(name, std::move(f));
  }
  // One hash for the set: leaflet.css names its images by relative URL.
  l.hash_ = web::content_hash(all);
  return l;
}

std::string Leaflet::url(std::string_view file) const {
  return "/vendor/leaflet/" + hash_ + "/" + std::string(file);
}

void Leaflet::register_routes(web::App& app) const {
  app.get("/vendor/leaflet/{hash}/{file...}", [this](web::Ctx& ctx) {
    auto it = files_.find(ctx.req.param("file"));
    if (ctx.req.param("hash") != hash_ || it == files_.end()) {
      return web::reply_error(ctx, Error::not_found());
    }
    http::Response r;
    r.header("Content-Type", it->second.type);
    r.header("Cache-Control", "public, max-age=31536000, immutable");
    r.body = it->second.body;
    return r;
  });
}

}  // namespace comdev::map
