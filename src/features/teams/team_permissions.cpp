#include "features/teams/team_permissions.h"

namespace comdev::teams {
namespace {

constexpr Decision kAllow{true, {}};
constexpr Decision kSignIn{false, "errors.sign_in_required"};
constexpr Decision kNotCarrier{false, "teams.errors.not_carrier"};
constexpr Decision kNotInTeam{false, "teams.errors.not_in_team"};
constexpr Decision kAlreadyInTeam{false, "teams.errors.already_in_team"};
constexpr Decision kReadOnly{false, "teams.errors.observer_reads_only"};
constexpr Decision kNotYours{false, "teams.errors.not_your_message"};
constexpr Decision kNotModerator{false, "teams.errors.not_moderator"};

bool watches_every_team(const web::Actor& a) {
  return a.is_animator || a.is_admin;
}

}  // namespace

Decision can(const web::Actor& actor, Action action, const Subject& s) {
  if (action == Action::view_team) return kAllow;  // who works on a public project is public
  if (!actor.signed_in()) return kSignIn;
  const bool carrier = s.role == RoleKind::carrier;
  const bool writer = s.role && s.role != RoleKind::observer;
  switch (action) {
    case Action::view_team:
      return kAllow;
    case Action::request_join:
      return s.role ? kAlreadyInTeam : kAllow;
    case Action::answer_request:
    case Action::add_member:
    case Action::remove_member:
    case Action::change_role:
      // The carriers manage their team; animators may step in (an absent carrier, a conflict).
      return carrier || watches_every_team(actor) ? kAllow : kNotCarrier;
    case Action::leave:
      return s.role ? kAllow : kNotInTeam;
    case Action::view_workspace:
      return s.role || watches_every_team(actor) ? kAllow : kNotInTeam;
    case Action::start_thread:
    case Action::post_message:
      if (writer || watches_every_team(actor)) return kAllow;
      return s.role ? kReadOnly : kNotInTeam;
    case Action::edit_message:
      if (!s.own) return kNotYours;
      // One's own words, while one may still write here.
      if (writer || watches_every_team(actor)) return kAllow;
      return s.role ? kReadOnly : kNotInTeam;
    case Action::delete_message:
      if (carrier || s.role == RoleKind::animator || watches_every_team(actor)) return kAllow;
      return kNotModerator;
  }
  return kNotInTeam;
}

}  // namespace comdev::teams
