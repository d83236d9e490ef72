// The full-text index of published sheets, on the search mechanism of src/search (the same
// analyzer as /search: French, English and Arabic stemming, accents and Arabic letter forms
// normalised, Arabic prefixes stripped). A sheet is indexed with its title, every section, the
// carrier's name, its place's names in French and Arabic (commune, province, region) and its
// sectors' labels in French, Arabic and English, so a reader finds a French sheet with an Arabic
// place or theme ("تيزنيت", "الماء") as well as an Arabic sheet with its own words.
// Built from the database at start, kept current by the change log (topic kLesson).
//
// Thread-safety: search() from any thread; refresh() from the change follower.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/lessons/lesson.h"
#include "search/highlight.h"
#include "search/index.h"
#include "store/db.h"

namespace comdev::lessons {

struct Found {
  std::vector<std::int64_t> ids;  // best first
  search::QueryWords words;       // for snippets
};

class LessonIndex {
 public:
  explicit LessonIndex(store::Db& db) : db_(db) {}

  Status build();
  // Re-reads the given sheets: a published one is (re)indexed, any other dropped.
  Status refresh(std::span<const std::int64_t> ids);

  // Every published sheet matching the query, best first (empty for a query without a
  // searchable word: stop words only).
  Found search(std::string_view q) const;
  // The sheet's text around the matched words (the page's hits only: a snippet costs a scan).
  search::Snippet snippet(std::int64_t id, const search::QueryWords& words) const;
  std::size_t size() const { return index_.size(); }

 private:
  Status put(store::Conn& c, std::span<const std::int64_t> ids);
  store::Db& db_;
  search::Index index_;
};

// The indexed text of a sheet (exposed for tests).
search::Document document_of(const Sheet& sheet, const std::vector<std::string>& place_names);

}  // namespace comdev::lessons
