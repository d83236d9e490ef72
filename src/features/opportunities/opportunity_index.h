// The full-text index of public opportunities, on the search mechanism of src/search (the same
// analyzer as /search, /needs and /lessons: French, English and Arabic stemming, accents and
// Arabic letter forms normalised, Arabic prefixes stripped). An opportunity is indexed with its
// title, description, its commune's and province's names in French and Arabic, its sector's
// label in the three languages and its organisations' names, so "تارودانت" or "safran" finds a
// French text. Built from the database at start, kept current by the change log (topic
// kOpportunity).
//
// Thread-safety: search() from any thread; refresh() from the change follower.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/opportunities/opportunity.h"
#include "search/index.h"
#include "store/db.h"

namespace comdev::opportunities {

class OpportunityIndex {
 public:
  explicit OpportunityIndex(store::Db& db) : db_(db) {}

  Status build();
  // Re-reads the given opportunities: a public one is (re)indexed, any other dropped.
  Status refresh(std::span<const std::int64_t> ids);

  // Ids of the public opportunities matching the query, best first; `searchable` false when the
  // query has no searchable word (stop words only).
  struct Found {
    std::vector<std::int64_t> ids;
    bool searchable = false;
  };
  Found search(std::string_view q) const;
  std::size_t size() const { return index_.size(); }

 private:
  Status put(store::Conn& c, std::span<const std::int64_t> ids);
  store::Db& db_;
  search::Index index_;
};

// The indexed text of an opportunity (exposed for tests).
search::Document document_of(const Opportunity& o);

}  // namespace comdev::opportunities
