// Leaflet, from node_modules/leaflet/dist under the share folder, served by us (no CDN) from
// memory under a content-hashed URL with a one-year immutable cache, like web::Assets.
// Thread-safety: immutable after load().
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "web/app.h"

namespace comdev::map {

class Leaflet {
 public:
  // Reads leaflet.js, leaflet.css and images/*.png; empty (available() false) when missing, so
  // the map page still serves its list.
  static Leaflet load(const std::filesystem::path& dist);
  bool available() const { return !files_.empty(); }
  // "/vendor/leaflet/<hash>/leaflet.js"
  std::string url(std::string_view file) const;
  // Registers GET /vendor/leaflet/{hash}/{file...}.
  void register_routes(web::App& app) const;

 private:
  struct File {
    std::string type, body;
  };
  std::string hash_;
  std::map<std::string, File, std::less<>> files_;
};

}  // namespace comdev::map
