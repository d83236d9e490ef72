// NeedsLive: the needs list of this process — a NeedsIndex built from the database at start and
// kept current through the change log (topics need and project), and the names its filters
// show (the territory tree, the skills). Kept alive in Runtime::services; handlers hold a
// pointer to it.
//
// Thread-safety: index() and dictionary() may be read from any thread; the follower's thread
// applies changes (NeedsIndex locks itself; the dictionary is swapped whole under a mutex).
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "features/changes/change_follower.h"
#include "features/needslist/needs_index.h"
#include "features/needslist/needslist_store.h"
#include "store/db.h"
#include "web/page_cache.h"

namespace comdev::needslist {

struct Dictionary {
  std::unordered_map<std::int64_t, Place> places;
  std::unordered_map<std::string, std::int64_t> place_by_slug;
  std::unordered_map<std::int64_t, SkillName> skills;
  std::unordered_map<std::string, std::int64_t> skill_by_slug;

  const Place* place(std::int64_t id) const;
  const SkillName* skill(std::int64_t id) const;
  // The commune and province above (or at) a territory; 0 where there is none.
  std::pair<std::int64_t, std::int64_t> commune_and_province(std::int64_t territory_id) const;
};

class NeedsLive {
 public:
  NeedsLive(store::Db& db, changes::Follower& follower);

  // Reads the territories, the skills and every open need. REQUIRES: before serving.
  Status build();
  // Subscribes to the need and project topics. REQUIRES: before follower.start().
  void follow();
  // Applies this process's own writes at once (call before answering a page).
  void catch_up() { follower_.catch_up({changes::kNeed, changes::kProject}); }

  const NeedsIndex& index() const { return index_; }
  std::shared_ptr<const Dictionary> dictionary() const;
  // Changes whenever the index or the names it shows change (read it before querying).
  std::uint64_t version() const { return index_.version() ^ (dict_generation_.load() << 40); }
  web::PageCache& pages() { return pages_; }

  // Listeners (public for tests): re-read the named needs / the needs of the named projects.
  void apply_needs(std::span<const std::int64_t> ids);
  void apply_projects(std::span<const std::int64_t> ids);

 private:
  Status load_dictionary();
  // Sets commune and province from the tree, re-reading it once if a territory is new.
  void place(std::vector<NeedEntry>& entries);

  store::Db& db_;
  changes::Follower& follower_;
  NeedsIndex index_;
  mutable std::mutex dict_mu_;
  std::shared_ptr<const Dictionary> dict_;
  std::atomic<std::uint64_t> dict_generation_{0};
  web::PageCache pages_;
};

}  // namespace comdev::needslist
