// What the page and the API share: one directory query as the request's reader may see it. Only
// redacted profiles leave this function (profiles::redact), so a handler cannot show a field the
// reader may not see; the filters were applied under the same rule in SQL.
#pragma once

#include <set>
#include <vector>

#include "core/result.h"
#include "features/experts/expert.h"
#include "features/experts/expert_forms.h"
#include "features/profiles/profile.h"
#include "web/context.h"

namespace comdev::experts {

struct SeenExpert {
  profiles::Profile profile;        // redacted for the reader
  std::set<profiles::Field> shown;  // the fields the reader may see
};

struct Directory {
  std::vector<SkillNode> skills;
  std::vector<Place> places;
  Parsed parsed;
  Reader reader;
  std::int64_t total = 0;
  std::vector<SeenExpert> experts;
  std::string today;  // YYYY-MM-DD
};

// Parses ctx.query and runs it. With `api`, a bad filter stops here (Error::invalid with the
// fields); the page runs the query without the filters it could not read.
// REQUIRES: ctx.actor is known (ctx.session() was called, or a bearer token named the caller).
Result<Directory> run_directory(web::Ctx& ctx, bool api);

}  // namespace comdev::experts
