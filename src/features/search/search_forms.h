// Validation of a search request (page and API): the query's length and encoding, the type
// filter, the page. Field errors are catalogue keys.
#pragma once

#include <string_view>

#include "core/result.h"
#include "features/search/search.h"

namespace comdev::search_feature {

inline constexpr std::size_t kMaxQueryChars = 200;
inline constexpr int kMaxPage = 500;
inline constexpr int kMaxPerPage = 100;

struct RawRequest {
  std::string_view q, type, page, per_page;
};

// Empty page/per_page mean 1 and `default_per_page`. The query is trimmed.
Result<Request> validate(const RawRequest& raw, int default_per_page);

}  // namespace comdev::search_feature
