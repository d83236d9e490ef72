#include "features/tasks/task_permissions.h"

namespace comdev::tasks {
namespace {

using teams::RoleKind;

constexpr web::Decision kAllow{true, {}};
constexpr web::Decision kSignIn{false, "errors.sign_in_required"};
constexpr web::Decision kNotInTeam{false, "teams.errors.not_in_team"};
constexpr web::Decision kReadOnly{false, "teams.errors.observer_reads_only"};
constexpr web::Decision kNotYours{false, "tasks.errors.not_yours"};

bool watches_every_team(const web::Actor& a) {
  return a.is_animator || a.is_admin;
}

}  // namespace

web::Decision can(const web::Actor& actor, Action action, const Subject& s) {
  if (!actor.signed_in()) return kSignIn;
  const bool manages =
      s.role == RoleKind::carrier || s.role == RoleKind::animator || watches_every_team(actor);
  const bool writer = s.role && s.role != RoleKind::observer;
  switch (action) {
    case Action::view:
      return s.role || watches_every_team(actor) ? kAllow : kNotInTeam;
    case Action::create:
      if (writer || watches_every_team(actor)) return kAllow;
      return s.role ? kReadOnly : kNotInTeam;
    case Action::edit:
      if (manages || (writer && s.own)) return kAllow;
      if (!s.role) return kNotInTeam;
      return writer ? kNotYours : kReadOnly;
    case Action::change_status:
      if (manages || (s.role && s.own)) return kAllow;
      return s.role ? kNotYours : kNotInTeam;
  }
  return kNotInTeam;
}

}  // namespace comdev::tasks
