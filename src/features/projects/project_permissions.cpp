#include "features/projects/project_permissions.h"

namespace comdev::projects {
namespace {

constexpr Decision kAllow{true, {}};
constexpr Decision kSignIn{false, "errors.sign_in_required"};
constexpr Decision kNotRepresentative{false, "projects.errors.not_representative"};
constexpr Decision kForbidden{false, "errors.forbidden"};

}  // namespace

Decision can(const web::Actor& actor, Action action, const Subject& subject) {
  switch (action) {
    case Action::view:
      return kAllow;  // public projects are read without an account (BRIEF §2)
    case Action::create:
    case Action::edit:
    case Action::change_status:
    case Action::post_update:
    case Action::translate:
    case Action::upload_cover:
      // The carrier speaks through its verified representatives; animators and administrators
      // may correct what is published (moderation).
      if (!actor.signed_in()) return kSignIn;
      if (subject.actor_represents_carrier || actor.is_animator || actor.is_admin) return kAllow;
      return kNotRepresentative;
    case Action::follow:
    case Action::comment:
    case Action::report_comment:
      return actor.signed_in() ? kAllow : kSignIn;
    case Action::hide_comment:
      if (!actor.signed_in()) return kSignIn;
      return actor.is_animator || actor.is_admin ? kAllow : kForbidden;
  }
  return kForbidden;
}

}  // namespace comdev::projects
