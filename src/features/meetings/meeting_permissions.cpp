#include "features/meetings/meeting_permissions.h"

namespace comdev::meetings {
namespace {

constexpr Decision kAllow{true, {}};
constexpr Decision kSignIn{false, "errors.sign_in_required"};
constexpr Decision kNotInTeam{false, "teams.errors.not_in_team"};
constexpr Decision kNotOrganiser{false, "meetings.errors.not_organiser"};

bool watches_every_team(const web::Actor& a) {
  return a.is_animator || a.is_admin;
}

}  // namespace

Decision can(const web::Actor& actor, Action action, const Subject& s) {
  if (!actor.signed_in()) return kSignIn;
  using teams::RoleKind;
  const bool organiser = s.role == RoleKind::carrier || s.role == RoleKind::animator;
  switch (action) {
    case Action::view:
      return s.role || watches_every_team(actor) ? kAllow : kNotInTeam;
    case Action::schedule:
    case Action::edit:
    case Action::write_minutes:
    // Calling a meeting off is changing it: whoever may move it may cancel it.
    case Action::cancel:
      return organiser || watches_every_team(actor) ? kAllow : kNotOrganiser;
    case Action::rsvp:
      // An answer says who will be there: only the team's own members give one.
      return s.role ? kAllow : kNotInTeam;
  }
  return kNotInTeam;
}

}  // namespace comdev::meetings
