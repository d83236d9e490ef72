#include "features/maturity/maturity_permissions.h"

namespace comdev::maturity {
namespace {

using teams::RoleKind;

constexpr web::Decision kAllow{true, {}};
constexpr web::Decision kSignIn{false, "errors.sign_in_required"};
constexpr web::Decision kNotInTeam{false, "teams.errors.not_in_team"};
constexpr web::Decision kCarriers{false, "maturity.errors.carriers_only"};
constexpr web::Decision kAnimators{false, "maturity.errors.override_animators"};
constexpr web::Decision kConfigure{false, "maturity.errors.animators_configure"};

bool animates(const web::Actor& a) {
  return a.is_animator || a.is_admin;
}

}  // namespace

web::Decision can(const web::Actor& actor, Action action, const Subject& s) {
  if (action == Action::view_path) return kAllow;  // public, as the project is
  if (!actor.signed_in()) return kSignIn;
  switch (action) {
    case Action::view_path:
      return kAllow;
    case Action::view_evidence:
      return s.role || animates(actor) ? kAllow : kNotInTeam;
    case Action::tick:
    case Action::advance:
      if (s.role == RoleKind::carrier || animates(actor)) return kAllow;
      return s.role ? kCarriers : kNotInTeam;
    case Action::override_checklist:
      return animates(actor) ? kAllow : kAnimators;
    case Action::configure:
      return animates(actor) ? kAllow : kConfigure;
  }
  return kNotInTeam;
}

}  // namespace comdev::maturity
