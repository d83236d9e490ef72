// Pieces the need pages share: loading the need (or project) named by the URL, whether the actor
// may write it, and catalogue text for field errors.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/needs/need.h"
#include "features/needs/need_permissions.h"
#include "i18n/catalogue.h"
#include "web/context.h"

namespace comdev::needs {

struct Loaded {
  Need need;
  ProjectRef project;
};

// The need of the URL's {id} with its project; Error::not_found when either is missing.
Result<Loaded> need_of(web::Ctx& ctx);
// The project of the URL's {id}; Error::not_found when missing.
Result<ProjectRef> project_of(web::Ctx& ctx);
// What the permission check needs: whether the actor represents the project's carrier (asks the
// database only for a signed-in member).
Subject subject_for(web::Ctx& ctx, const ProjectRef& p);

std::string territory_name(i18n::Lang lang, const ProjectRef& p);

}  // namespace comdev::needs
