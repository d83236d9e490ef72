// The sections mobilisation adds to other features' pages: on a need's page, the invitations,
// offers and "offer help" form (needs::add_need_section), rendered to an HTML string from its
// compiled template. (The project page's team section is the teams feature's.)
#pragma once

#include <string>

#include "features/needs/need_module.h"
#include "features/projects/project.h"
#include "web/context.h"

namespace comdev::mobilisation {

// REQUIRES: ctx.session() was called (the need page does it).
std::string need_section(web::Ctx& ctx, const needs::NeedPage& page);

}  // namespace comdev::mobilisation
