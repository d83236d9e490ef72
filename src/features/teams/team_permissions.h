// Who may do what with a project's team and its discussion: the feature's whole policy.
// The actor's place is their role in this project's team (none, observer, expert, animator,
// carrier — the verified representatives of the carrier organisation are carriers) and their
// platform role (the community's animators and the administrators watch over every team).
// The team's list is public; the workspace (the discussion) is private to the team and the
// community's animators. Administrators have the animators' rights, as everywhere on the platform.
#pragma once

#include <optional>

#include "features/teams/team.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::teams {

enum class Action {
  view_team,       // read the list of members and their roles
  request_join,    // ask the carriers to be taken into the team
  answer_request,  // accept or decline a request to join
  add_member,      // put a member in the team with a role
  remove_member,   // take someone out of the team
  change_role,     // give a member another role kind or title
  leave,           // take oneself out of the team
  view_workspace,  // read the discussion (threads and messages)
  start_thread,    // open a thread with its first message
  post_message,    // write in a thread
  edit_message,    // correct one's own message (for 15 minutes: team_rules.h)
  delete_message,  // remove a message as moderation (audited)
};
inline constexpr Action kActions[] = {
    Action::view_team,     Action::request_join, Action::answer_request, Action::add_member,
    Action::remove_member, Action::change_role,  Action::leave,          Action::view_workspace,
    Action::start_thread,  Action::post_message, Action::edit_message,   Action::delete_message};

struct Subject {
  std::optional<RoleKind> role;  // the actor's role in this project's team; nullopt: not in it
  bool own = false;              // the message at hand is the actor's
};

using web::Decision;

Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::teams
