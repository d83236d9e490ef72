// Who may do what with a project team's tasks: the feature's whole policy. Tasks are workspace
// content, private to the team and the community's animators (administrators have their rights).
// Observers read; experts, team animators and carriers add tasks; carriers, team animators and the
// community's animators change any task; a task's owner and its author change their own (and its
// owner moves its status even as an observer: it is theirs to report).
#pragma once

#include <optional>

#include "features/teams/team.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::tasks {

enum class Action {
  view,           // the team's tasks, a task
  create,         // add a task
  edit,           // change a task's title, owner, due day, need
  change_status,  // open / doing / done
};
inline constexpr Action kActions[] = {Action::view, Action::create, Action::edit,
                                      Action::change_status};

struct Subject {
  std::optional<teams::RoleKind> role;  // the actor's role in the project's team
  bool own = false;                     // the actor owns or wrote the task at hand
};

web::Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::tasks
