// What the pages and the API share: loading a profile as a given viewer sees it. Only the
// redacted copy (profile_rules.h) leaves this function, so a handler cannot leak a hidden field.
#pragma once

#include <cstdint>
#include <optional>
#include <set>

#include "core/result.h"
#include "features/profiles/profile_rules.h"
#include "web/context.h"

namespace comdev::profiles {

struct Seen {
  Profile profile;        // redacted for the viewer
  std::set<Field> shown;  // the fields the viewer may see
  Relation relation = Relation::visitor;
};

// The member id of a path segment ("42"), or nullopt for anything else.
std::optional<std::int64_t> parse_member_id(std::string_view segment);

// The profile of `member_id` as ctx's actor sees it; Error::not_found when there is no such
// member. REQUIRES: ctx.session() was called (so ctx.actor is known).
Result<Seen> load_as_viewer(web::Ctx& ctx, std::int64_t member_id);

}  // namespace comdev::profiles
