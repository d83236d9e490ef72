// Who sees what of a profile (pure): a viewer's relation to the owner decides which visibility
// levels reach them. Everything a page or the API shows of a profile goes through here.
#pragma once

#include <set>

#include "features/profiles/profile.h"

namespace comdev::profiles {

// How the viewer stands to the profile's owner. An administrator counts as an animator.
enum class Relation { owner, animator, member, visitor };

// Whether a field at `level` reaches a viewer with `relation`.
bool reaches(Relation relation, Level level);

// The fields this viewer may see, given the owner's (complete) visibility map.
std::set<Field> visible_fields(Relation relation, const Visibility& visibility);

// The profile with every field the viewer may not see emptied (lists cleared, numbers zeroed),
// so a page or the API cannot show what it was not given. The visibility map is kept only for
// the owner.
Profile redact(const Profile& p, Relation relation);

}  // namespace comdev::profiles
