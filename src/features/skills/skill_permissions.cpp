#include "features/skills/skill_permissions.h"

namespace comdev::skills {
namespace {

constexpr Decision kAllow{true, {}};
constexpr Decision kSignIn{false, "errors.sign_in_required"};
constexpr Decision kAdminsOnly{false, "skills.errors.admins_only"};

}  // namespace

Decision can(const web::Actor& actor, Action action) {
  switch (action) {
    case Action::view:
      return kAllow;
    case Action::manage:
    case Action::export_file:
      if (!actor.signed_in()) return kSignIn;
      // Animators moderate content; the taxonomy is the platform's structure.
      return actor.is_admin ? kAllow : kAdminsOnly;
  }
  return kAdminsOnly;
}

}  // namespace comdev::skills
