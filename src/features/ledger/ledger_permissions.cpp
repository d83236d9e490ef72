#include "features/ledger/ledger_permissions.h"

namespace comdev::ledger {
namespace {

constexpr Decision kAllow{true, {}};
constexpr Decision kSignIn{false, "errors.sign_in_required"};
constexpr Decision kNotInTeam{false, "teams.errors.not_in_team"};
constexpr Decision kCarrierOnly{false, "ledger.errors.carrier_only"};
constexpr Decision kObserver{false, "ledger.errors.observer"};
constexpr Decision kOwnSkill{false, "ledger.errors.own_skill"};

}  // namespace

Decision can(const web::Actor& actor, Action action, const Subject& s) {
  using teams::RoleKind;
  if (action == Action::view_public) return kAllow;
  if (!actor.signed_in()) return kSignIn;
  const bool carrier = s.role == RoleKind::carrier;
  switch (action) {
    case Action::view_public:
      return kAllow;
    case Action::view_team:
      return s.role || actor.is_animator || actor.is_admin ? kAllow : kNotInTeam;
    case Action::record:
    case Action::reverse:
    case Action::edit_budget:
      if (!s.role) return kNotInTeam;
      return carrier ? kAllow : kCarrierOnly;
    case Action::declare_skill:
      if (!s.role) return kNotInTeam;
      return *s.role == RoleKind::observer ? kObserver : kAllow;
    case Action::confirm_skill:
      if (!s.role) return kNotInTeam;
      if (!carrier) return kCarrierOnly;
      return s.own_entry ? kOwnSkill : kAllow;
  }
  return kNotInTeam;
}

}  // namespace comdev::ledger
