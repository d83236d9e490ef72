// NeedsIndex: every open need in memory, filtered and counted per filter value without a scan
// of all entries and without SQL, so /needs and GET /api/v1/needs stay fast with 300,000 needs.
//
// Layout: entries sit in slots ordered oldest → newest (created_at, id); the list reads slots
// from the highest down. Each filter value (a skill, a commune, a month…) has a bitset of the
// open slots carrying it, plus its count; one-valued filters (type, commune, province, mode)
// also keep a compact column of value numbers per slot. A query ANDs the bitsets of its
// filters (N/64 words), pages by counting bits from the top (page 500 costs what page 1 does),
// and counts each filter's values ("how many needs this value would leave", i.e. with the
// other filters applied) either by popcount of two bitsets per value or by walking the few
// slots left, whichever is cheaper. Facet counts are cached per filter combination until the
// next write.
//
// Pure (no I/O): needs_live.h builds it from the database and keeps it current.
// Thread-safety: queries take a shared lock; writes (upsert/remove/replace_all) an exclusive one.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "features/needslist/need_entry.h"

namespace comdev::needslist {

// A filter value's key: type and mode are indexes in kKinds/kModes, sector an index in
// core::kSectors, skill a skill id, commune and province territory ids, period a month number.
struct Query {
  std::array<std::optional<std::int64_t>, kFacets> filters;
  std::int64_t page = 1;  // from 1
  int per_page = 20;
  std::optional<std::int64_t>& operator[](Facet f) { return filters[static_cast<int>(f)]; }
};

struct FacetValue {
  std::int64_t key = 0;
  std::int64_t count = 0;  // open needs left if this value replaced the facet's current one
};

struct QueryResult {
  std::int64_t total = 0;
  std::vector<NeedEntry> needs;  // the page, newest first
  // Per facet: every value with a count > 0, and the selected value even at 0; by key.
  std::array<std::vector<FacetValue>, kFacets> facets;
};

class NeedsIndex {
 public:
  NeedsIndex();
  ~NeedsIndex();
  NeedsIndex(const NeedsIndex&) = delete;
  NeedsIndex& operator=(const NeedsIndex&) = delete;

  // Replaces the whole content (the build at start).
  void replace_all(std::vector<NeedEntry> entries);
  // Adds or replaces needs by id; an entry that is not open leaves the list.
  void upsert(std::vector<NeedEntry> entries);
  void remove(std::span<const std::int64_t> need_ids);
  // The needs of `project_id` whose id is not in `keep` leave the list (the project's needs
  // were re-read: those missing were deleted with it).
  void retain_project_needs(std::int64_t project_id, std::span<const std::int64_t> keep);

  QueryResult query(const Query& q) const;
  std::int64_t open_count() const;
  // Changes whenever a write changed what queries return (pages cached on it are then stale).
  std::uint64_t version() const;
  // Facet counts computed since start and served from the cache (for the benchmark).
  std::pair<std::int64_t, std::int64_t> cache_stats() const;

  struct State;  // the data behind the lock (needs_index.cpp)

 private:
  mutable std::shared_mutex mu_;
  std::unique_ptr<State> s_;
};

}  // namespace comdev::needslist
