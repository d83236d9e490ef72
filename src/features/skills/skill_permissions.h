// Who may do what with the skill taxonomy: the feature's whole policy. Everyone reads it (the
// pickers, the API); only administrators change it or export it, since every profile and need
// refers to it and the matching engine ranks by its tree.
#pragma once

#include <array>

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::skills {

enum class Action {
  view,         // read the taxonomy: GET /api/v1/skills, the pickers
  manage,       // the admin tree: /admin/skills, its edit and new forms
  export_file,  // /admin/skills.json
};
inline constexpr std::array<Action, 3> kActions = {Action::view, Action::manage,
                                                   Action::export_file};

using web::Decision;

Decision can(const web::Actor& actor, Action action);

}  // namespace comdev::skills
