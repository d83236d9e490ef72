// The search index of this process: projects, needs and organisations, built from the database
// at start and kept current by the change log (topics project, need, organisation). Several
// instances on one database each hold their own and agree within a poll of the log.
//
// Thread-safety: search() from any thread; the refresh functions are called by the change
// follower (one poll at a time) and may run while searches do.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "features/search/search.h"
#include "i18n/lang.h"
#include "search/highlight.h"
#include "search/index.h"
#include "store/db.h"

namespace comdev::search_feature {

struct Found {
  Kind kind = Kind::project;
  std::int64_t id = 0;
  std::string url;
  std::vector<search::Segment> title;  // in the reader's language when translated
  search::Snippet snippet;
  std::string place;
};

struct Page {
  std::vector<Found> items;
  std::size_t total = 0;                     // matches of the requested type (or all)
  std::array<std::size_t, kKinds> counts{};  // matches of each type
  bool searched = false;                     // false when the query has no searchable word
};

class SearchIndex {
 public:
  explicit SearchIndex(store::Db& db) : db_(db) {}

  Status build();
  Status refresh_projects(std::span<const std::int64_t> ids);
  Status refresh_needs(std::span<const std::int64_t> ids);
  Status refresh_organisations(std::span<const std::int64_t> ids);

  // Answered from the cache when the same query, type, page and language were asked since the
  // index last changed (a popular query — a commune's name, "eau potable" — comes again and again
  // between two writes); computed otherwise.
  Page search(const Request& request, i18n::Lang reader) const;
  std::size_t size() const { return index_.size(); }

 private:
  Status put_projects(std::span<const std::int64_t> ids);
  Status put_needs(std::span<const std::int64_t> ids);
  Status put_organisations(std::span<const std::int64_t> ids);
  void set_meta(Kind kind, std::int64_t id, Meta meta);
  void drop(Kind kind, std::int64_t id);
  Page compute(const Request& request, i18n::Lang reader) const;
  // Bumped before and after every change, so a page computed while the index changed is never
  // served afterwards.
  void changed() { version_.fetch_add(1, std::memory_order_acq_rel); }

  static constexpr std::size_t kMaxCached = 1024;

  store::Db& db_;
  std::atomic<std::uint64_t> version_{0};
  mutable std::mutex cache_mu_;
  mutable std::uint64_t cache_version_ = 0;
  mutable std::unordered_map<std::string, std::shared_ptr<const Page>> cache_;
  search::Index index_;
  mutable std::shared_mutex meta_mu_;
  std::unordered_map<std::uint64_t, Meta> meta_;
};

}  // namespace comdev::search_feature
