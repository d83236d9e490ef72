// Who may do what with a project team's meetings: the feature's whole policy. Meetings are part
// of the team's private workspace: the team (every role) and the community's animators read
// them; carriers and team animators organise them — set up, change, cancel, write the minutes —
// (the community's animators may step in);
// each member of the team answers for themselves. Administrators have the animators' rights.
// The actor's place in the team comes from the teams feature (teams::standing).
#pragma once

#include <optional>

#include "features/teams/team.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::meetings {

enum class Action {
  view,           // read the meetings, their agenda, minutes, answers, and the .ics
  schedule,       // set a meeting up
  edit,           // change its title, time, zone, place, link or agenda
  write_minutes,  // write the minutes (once the meeting has begun: meeting_rules.h)
  rsvp,           // answer yes, no or maybe for oneself
  cancel,         // call it off, with an optional reason (it stays, marked cancelled)
};
inline constexpr Action kActions[] = {Action::view,          Action::schedule, Action::edit,
                                      Action::write_minutes, Action::rsvp,     Action::cancel};

struct Subject {
  std::optional<teams::RoleKind> role;  // the actor's role in the project's team; nullopt: none
};

using web::Decision;

Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::meetings
