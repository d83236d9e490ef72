#include "features/matching/matching_permissions.h"

namespace comdev::matching {
namespace {

constexpr Decision kAllow{true, {}};
constexpr Decision kSignIn{false, "errors.sign_in_required"};
constexpr Decision kNotRepresentative{false, "matching.errors.not_representative"};
constexpr Decision kNotYours{false, "matching.errors.not_yours"};

}  // namespace

Decision can(const web::Actor& actor, Action action, const Subject& subject) {
  if (!actor.signed_in()) return kSignIn;
  // Animators connect people and administrators moderate: both see every match.
  if (actor.is_animator || actor.is_admin) return kAllow;
  switch (action) {
    case Action::experts_for_need:
      return subject.actor_is_concerned ? kAllow : kNotRepresentative;
    case Action::needs_for_member:
      return subject.actor_is_concerned ? kAllow : kNotYours;
  }
  return kNotRepresentative;
}

}  // namespace comdev::matching
