// The whole policy of the expert pool (ARCHITECTURE.md §4). Anyone may browse the directory; what
// each card shows, and which fields a filter may look at, follows each profile field's visibility
// (profiles' rules): a filter on a field the reader may not see would reveal its value, so the
// store applies the same rule to every filtered field (expert_store.cpp), from reader_of() below.
// Tested as a matrix in expert_permissions_test.cpp.
#pragma once

#include <array>
#include <cstdint>

#include "features/experts/expert.h"
#include "features/profiles/profile.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::experts {

enum class Action {
  browse,     // /experts and GET /api/v1/experts
  see_field,  // see, or filter on, one field of an expert's profile (Subject)
};
inline constexpr std::array<Action, 2> kActions = {Action::browse, Action::see_field};

using web::Decision;

// The field a see_field decision is about.
struct Subject {
  std::int64_t owner_id = 0;
  profiles::Level level = profiles::Level::animators;
};

// How far the reader sees: visitors the public fields, members also the members' ones, animators
// and administrators everything; and who they are (a member always sees their own fields).
Reader reader_of(const web::Actor& actor);

// The rank a visibility level needs (public 0, members 1, animators 2): a reader sees a field when
// rank(level) <= rank(tier), or when the field is their own.
int rank(profiles::Level level);
int rank(Tier tier);

Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::experts
