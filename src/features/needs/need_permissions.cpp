#include "features/needs/need_permissions.h"

namespace comdev::needs {
namespace {

constexpr Decision kAllow{true, {}};
constexpr Decision kSignIn{false, "errors.sign_in_required"};
constexpr Decision kNotRepresentative{false, "needs.errors.not_representative"};

}  // namespace

Decision can(const web::Actor& actor, Action action, const Subject& subject) {
  switch (action) {
    case Action::view:
      return kAllow;  // the pre-diagnosis is public: it is what the diaspora answers
    case Action::create:
    case Action::edit:
    case Action::change_status:
      if (!actor.signed_in()) return kSignIn;
      // The carrier speaks for its project; animators and administrators moderate.
      if (subject.actor_represents_carrier || actor.is_animator || actor.is_admin) return kAllow;
      return kNotRepresentative;
  }
  return kNotRepresentative;
}

}  // namespace comdev::needs
