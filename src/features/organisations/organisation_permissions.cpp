#include "features/organisations/organisation_permissions.h"

namespace comdev::organisations {
namespace {

constexpr Decision kAllow{true, {}};
constexpr Decision kSignIn{false, "errors.sign_in_required"};
constexpr Decision kForbidden{false, "errors.forbidden"};

}  // namespace

Decision can(const web::Actor& actor, Action action, const Subject& subject) {
  switch (action) {
    case Action::view:
      return kAllow;  // organisations are public
    case Action::request_representation:
      return actor.signed_in() ? kAllow : kSignIn;
    case Action::create:
    case Action::view_queue:
    case Action::decide_representation:
      // Verifying who speaks for a commune or an association is the animators' job (BRIEF §6).
      if (!actor.signed_in()) return kSignIn;
      return actor.is_animator || actor.is_admin ? kAllow : kForbidden;
    case Action::speak_for:
      // Only a verified representative: not even an animator speaks in an organisation's name.
      if (!actor.signed_in()) return kSignIn;
      return subject.actor_is_verified_representative ? kAllow : kForbidden;
    case Action::grant_animator_role:
      if (!actor.signed_in()) return kSignIn;
      return actor.is_admin ? kAllow : kForbidden;
  }
  return kForbidden;
}

}  // namespace comdev::organisations
