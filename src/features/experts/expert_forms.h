// The directory's query string (the page's GET form and the API): q, skill, sector, lang,
// country, mode, month, territory, heart, page (and per_page for the API). A skill or place is
// named by id or slug. Each bad value is a field error with its message id; the page drops it
// and says so, the API refuses the request.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "features/experts/expert.h"
#include "http/form.h"

namespace comdev::experts {

struct Parsed {
  Query query;
  std::vector<FieldError> errors;
};

// `today` is YYYY-MM-DD (windows that ended before it no longer count as on site).
Parsed parse_query(const http::Form& form, const std::vector<SkillNode>& skills,
                   const std::vector<Place>& places, bool api, const std::string& today);

// The query string of `q` on page `page` (for the pager's links): only the filters that are set.
std::string query_string(const Query& q, int page, const std::vector<SkillNode>& skills,
                         const std::vector<Place>& places);

}  // namespace comdev::experts
