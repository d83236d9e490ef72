// What the page and the API share: one directory query as the request's reader may see it. Only
// redacted profiles leave this function (profiles::redact), so a handler cannot show a field the
// reader may not see; the filters were applied under the same rule in SQL.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/changes/recent_cache.h"
#include "features/experts/expert.h"
#include "features/experts/expert_forms.h"
#include "features/profiles/profile.h"
#include "web/context.h"

namespace comdev::experts {

struct SeenExpert {
  profiles::Profile profile;        // redacted for the reader
  std::set<profiles::Field> shown;  // the fields the reader may see
};

// What every request of the directory reads but changes rarely — the skill taxonomy, the places,
// the countries a tier may see, how many experts a query lists — kept a few seconds, and dropped
// at once when this process records a change (changes/recent_cache.h): each cost a scan of the
// taxonomy or of every profile per request. One per App (tests run several servers, each on its
// own database, in one process). Thread-safe.
struct DirectoryCache {
  changes::RecentCache<std::vector<SkillNode>> skills;
  changes::RecentCache<std::vector<Place>> places;
  changes::RecentCache<std::vector<std::string>> countries;  // by tier
  changes::RecentCache<std::int64_t> counts;                 // by query and reader
};

struct Directory {
  std::shared_ptr<const std::vector<SkillNode>> skills;
  std::shared_ptr<const std::vector<Place>> places;
  Parsed parsed;
  Reader reader;
  std::int64_t total = 0;
  std::vector<SeenExpert> experts;
  std::string today;  // YYYY-MM-DD
};

// Parses ctx.query and runs it. With `api`, a bad filter stops here (Error::invalid with the
// fields); the page runs the query without the filters it could not read.
// REQUIRES: ctx.actor is known (ctx.session() was called, or a bearer token named the caller).
Result<Directory> run_directory(web::Ctx& ctx, bool api, DirectoryCache& cache);

// The countries the reader may see in the country filter: those of their tier, and their own.
Result<std::vector<std::string>> visible_countries(web::Ctx& ctx, const Reader& reader,
                                                   DirectoryCache& cache);

}  // namespace comdev::experts
