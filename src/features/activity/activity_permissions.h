// Who may read a project's activity timeline: the feature's whole policy. The timeline tells
// what happens in the private workspace (tasks, decisions), so it is private as the workspace
// is: the team and the community's animators (administrators have their rights). "What changed
// since my last visit" is for the team's members, whose visits are counted.
#pragma once

#include <optional>

#include "features/teams/team.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::activity {

enum class Action {
  view_timeline,    // read the project's timeline
  see_since_visit,  // the compact "what changed since my last visit" on the team page
};
inline constexpr Action kActions[] = {Action::view_timeline, Action::see_since_visit};

struct Subject {
  std::optional<teams::RoleKind> role;  // the actor's role in the project's team
};

web::Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::activity
