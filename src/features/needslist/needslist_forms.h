// Reading the filters of /needs and GET /api/v1/needs from a query string. Values are names a
// person can read in a URL (type=skill, sector=water, mode=remote, period=2027-07) or, for
// skills and places, an id or a slug. `kind` is read as `type` when `type` is absent. The page
// ignores a value it does not know; the API names it in a field error.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "features/needslist/needs_index.h"
#include "features/needslist/needs_live.h"
#include "http/form.h"

namespace comdev::needslist {

inline constexpr int kPerPage = 20;
inline constexpr int kMaxPerPage = 100;
inline constexpr std::int64_t kMaxPage = 1'000'000;

struct ListRequest {
  Query query;
  std::vector<FieldError> errors;  // message ids per field: "needslist.errors.<field>"
};

// `api` also reads per_page.
ListRequest parse_list_request(const http::Form& q, const Dictionary& dict, bool api);

// The value of facet f's key as it is written in a URL (the inverse of parsing).
std::string url_value(Facet f, std::int64_t key, const Dictionary& dict);
// The query string of `q` (filters and a page), for links: "type=skill&commune=12&page=2".
std::string query_string(const Query& q, const Dictionary& dict, std::int64_t page);

}  // namespace comdev::needslist
