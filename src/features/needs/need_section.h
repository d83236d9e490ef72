// The needs section of a project page: the project's needs as cards (open first) and, for those
// who may write them, the link to add one. Rendered to an HTML string the project page inserts.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "web/context.h"
#include "web/poster.h"

namespace comdev::needs {

// REQUIRES: ctx.session() was called (the actor is known).
Result<std::string> project_section_html(web::Ctx& ctx, std::int64_t project_id);

// What a project's poster lists under "what we look for": its open needs and those under
// discussion, with their kind in the reader's language.
std::vector<web::PosterNeed> poster_needs(web::Ctx& ctx, std::int64_t project_id);

}  // namespace comdev::needs
