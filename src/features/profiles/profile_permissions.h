// The whole policy of the profiles feature (ARCHITECTURE.md §4): who may view a profile, edit
// it, see one of its fields or its photo. Tested as a matrix in profile_permissions_test.cpp.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "features/profiles/profile.h"
#include "features/profiles/profile_rules.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::profiles {

enum class Action {
  view_profile,  // open /members/{id} (what is shown is then decided field by field)
  edit_profile,  // change it (the owner only: nobody edits someone else's profile)
  view_field,    // see one field (Subject::field)
  view_photo,    // fetch /members/{id}/photo
};
inline constexpr std::array<Action, 4> kAllActions = {Action::view_profile, Action::edit_profile,
                                                      Action::view_field, Action::view_photo};

using web::Decision;

// The profile a decision is about.
struct Subject {
  std::int64_t owner_id = 0;
  Visibility visibility;  // the owner's choices (defaults fill the rest)
  bool has_photo = false;
  std::optional<Field> field;  // for view_field
};

Relation relation(const web::Actor& actor, std::int64_t owner_id);
Decision can(const web::Actor& actor, Action action, const Subject& subject);

}  // namespace comdev::profiles
