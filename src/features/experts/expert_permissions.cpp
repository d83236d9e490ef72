#include "features/experts/expert_permissions.h"

namespace comdev::experts {

Reader reader_of(const web::Actor& actor) {
  Reader r;
  r.member_id = actor.member_id;
  if (!actor.signed_in()) return r;
  r.tier = actor.is_admin || actor.is_animator ? Tier::animator : Tier::member;
  return r;
}

int rank(profiles::Level level) {
  switch (level) {
    case profiles::Level::public_:
      return 0;
    case profiles::Level::members:
      return 1;
    case profiles::Level::animators:
      return 2;
  }
  return 2;
}

int rank(Tier tier) {
  return static_cast<int>(tier);
}

Decision can(const web::Actor& actor, Action action, const Subject& s) {
  switch (action) {
    case Action::browse:
      return {true, {}};
    case Action::see_field: {
      Reader r = reader_of(actor);
      if (r.member_id != 0 && r.member_id == s.owner_id) return {true, {}};
      if (rank(s.level) <= rank(r.tier)) return {true, {}};
      // Hidden things answer "not found": a refusal would tell that the field exists.
      return {false, "errors.not_found"};
    }
  }
  return {false, "errors.forbidden"};
}

}  // namespace comdev::experts
