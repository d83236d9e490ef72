#include "features/activity/activity_permissions.h"

namespace comdev::activity {
namespace {

constexpr web::Decision kAllow{true, {}};
constexpr web::Decision kSignIn{false, "errors.sign_in_required"};
constexpr web::Decision kNotInTeam{false, "teams.errors.not_in_team"};

}  // namespace

web::Decision can(const web::Actor& actor, Action action, const Subject& s) {
  if (!actor.signed_in()) return kSignIn;
  switch (action) {
    case Action::view_timeline:
      return s.role || actor.is_animator || actor.is_admin ? kAllow : kNotInTeam;
    case Action::see_since_visit:
      return s.role ? kAllow : kNotInTeam;
  }
  return kNotInTeam;
}

}  // namespace comdev::activity
