#include "features/decisions/decision_permissions.h"

namespace comdev::decisions {
namespace {

using teams::RoleKind;

constexpr web::Decision kAllow{true, {}};
constexpr web::Decision kSignIn{false, "errors.sign_in_required"};
constexpr web::Decision kNotInTeam{false, "teams.errors.not_in_team"};
constexpr web::Decision kReadOnly{false, "teams.errors.observer_reads_only"};
constexpr web::Decision kTeamVotes{false, "decisions.errors.team_votes"};

bool watches_every_team(const web::Actor& a) {
  return a.is_animator || a.is_admin;
}

}  // namespace

web::Decision can(const web::Actor& actor, Action action, const Subject& s) {
  if (!actor.signed_in()) return kSignIn;
  const bool writer = s.role && s.role != RoleKind::observer;
  switch (action) {
    case Action::view:
      return s.role || watches_every_team(actor) ? kAllow : kNotInTeam;
    case Action::propose:
      if (writer || watches_every_team(actor)) return kAllow;
      return s.role ? kReadOnly : kNotInTeam;
    case Action::vote:
      if (writer) return kAllow;
      if (s.role) return kReadOnly;
      return watches_every_team(actor) ? kTeamVotes : kNotInTeam;
  }
  return kNotInTeam;
}

}  // namespace comdev::decisions
