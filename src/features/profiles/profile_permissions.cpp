#include "features/profiles/profile_permissions.h"

namespace comdev::profiles {
namespace {

Decision allow() {
  return {true, {}};
}
// Hidden things answer "not found": a refusal would tell that the photo or field exists.
Decision hidden() {
  return {false, "errors.not_found"};
}

bool sees(Relation r, const Subject& s, Field f) {
  auto it = s.visibility.find(f);
  Level level = it == s.visibility.end() ? default_level(f) : it->second;
  return reaches(r, level);
}

}  // namespace

Relation relation(const web::Actor& actor, std::int64_t owner_id) {
  if (actor.signed_in() && actor.member_id == owner_id) return Relation::owner;
  if (actor.is_admin || actor.is_animator) return Relation::animator;
  if (actor.signed_in()) return Relation::member;
  return Relation::visitor;
}

Decision can(const web::Actor& actor, Action action, const Subject& s) {
  Relation r = relation(actor, s.owner_id);
  switch (action) {
    case Action::view_profile:
      return allow();
    case Action::edit_profile:
      if (r == Relation::owner) return allow();
      return {false, "errors.forbidden"};
    case Action::view_field:
      if (s.field && sees(r, s, *s.field)) return allow();
      return hidden();
    case Action::view_photo:
      if (s.has_photo && sees(r, s, Field::photo)) return allow();
      return hidden();
  }
  return {false, "errors.forbidden"};
}

}  // namespace comdev::profiles
