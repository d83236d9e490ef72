// The communities feature: which community this instance presents (for the layout and the
// home page), and the demo communities.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "core/result.h"
#include "features/communities/community.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::communities {

// Keeps the communities read from the database for a few seconds, so that every page does not
// query them; instances sharing a PostgreSQL see an edit within that delay.
class Directory {
 public:
  Directory(store::Db& db, std::string preferred_slug);
  // The presented community first, then the others. Empty when none is loaded yet.
  std::shared_ptr<const std::vector<Community>> all();

 private:
  store::Db& db_;
  std::string preferred_;
  std::mutex mu_;
  std::shared_ptr<const std::vector<Community>> cached_;
  std::chrono::steady_clock::time_point loaded_at_{};
};

void register_module(web::App& app, Directory& directory);

// Reads demo/communities.json and upserts each community (safe to run twice).
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);

}  // namespace comdev::communities
