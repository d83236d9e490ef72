// Who may do what with lessons-learned sheets: the feature's whole policy. A published sheet is
// for everyone, visitors included: it is written for the next commune. Before that it is the
// team's work: the team and the community's animators read it; the team's working members
// (carriers, experts, team animators) start it once the project is finished, write it while it
// is a draft and submit it; an animator of the community (or an administrator) publishes it or
// sends it back with a note — reviewing is not the team's job, so a team member who is also an
// animator reviews as an animator. Starting a project from a published sheet is for members who
// may create projects: the verified representatives of an organisation, animators and admins.
#pragma once

#include <optional>

#include "features/lessons/lesson.h"
#include "features/teams/team.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::lessons {

enum class Action {
  view,           // read the sheet
  start,          // begin the sheet of a finished project
  edit,           // change its text
  submit,         // ask for review
  publish,        // publish a submitted sheet
  send_back,      // return a submitted sheet to its team with a note
  start_project,  // create a draft project prefilled from a published sheet
};
inline constexpr Action kActions[] = {Action::view,         Action::start,   Action::edit,
                                      Action::submit,       Action::publish, Action::send_back,
                                      Action::start_project};

struct Subject {
  std::optional<teams::RoleKind> role;  // the actor's role in the project's team
  State state = State::draft;           // the sheet's (start: ignored)
  bool project_finished = false;        // start: the project is done, capitalised or abandoned
  bool may_create_projects = false;     // start_project: represents an organisation
};

web::Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::lessons
