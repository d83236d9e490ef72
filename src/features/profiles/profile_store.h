// All SQL about profiles: the profile row, its lists (languages, sectors, skills, on-site
// windows, territories of attachment), the per-field visibility and the photo.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/profiles/profile.h"
#include "store/db.h"

namespace comdev::profiles::profile_store {

// The skill list, in the order of its slugs.
Result<std::vector<Skill>> skills(store::Db& db);

struct TerritoryChoice {
  std::int64_t id = 0;
  std::string kind;  // region | province | commune | douar
  std::string name_fr, name_ar;
};
// Territories a member may name as attachment or window place (communes and douars first).
Result<std::vector<TerritoryChoice>> territories(store::Db& db);

// The profile of an existing member, with the defaults for what was never saved; nullopt when
// there is no such member.
Result<std::optional<Profile>> load(store::Db& db, std::int64_t member_id);

// Replaces the whole profile of `member_id` in one transaction (nothing half-saved). The photo
// is replaced when `new_photo` is set, removed when `remove_photo`, kept otherwise.
Status save(store::Db& db, std::int64_t member_id, const ProfileData& data,
            const std::optional<Photo>& new_photo, bool remove_photo);

// Completes a profile from an accepted invitation, filling only what is still empty: the origin
// as typed, the skills (at level "intermediate", when the member has none; unknown slugs are
// skipped) and the territory of origin (when the member has no attachment).
// REQUIRES: called inside the caller's transaction (the acceptance of the invitation).
Status prefill(store::Conn& conn, std::int64_t member_id, const Prefill& p);

// The stored photo, if any.
Result<std::optional<Photo>> photo(store::Db& db, std::int64_t member_id);

}  // namespace comdev::profiles::profile_store
