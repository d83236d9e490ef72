#include "features/plans/plan_permissions.h"

namespace comdev::plans {
namespace {

constexpr Decision kAllow{true, {}};
constexpr Decision kSignIn{false, "errors.sign_in_required"};
constexpr Decision kNotRepresentative{false, "plans.errors.not_representative"};

}  // namespace

Decision can(const web::Actor& actor, Action action, const Subject& subject) {
  switch (action) {
    case Action::view:
      return kAllow;
    case Action::create:
    case Action::edit:
    case Action::import:
      if (!actor.signed_in()) return kSignIn;
      if (actor.is_animator || actor.is_admin) return kAllow;
      return subject.actor_is_verified_representative ? kAllow : kNotRepresentative;
  }
  return kNotRepresentative;
}

}  // namespace comdev::plans
