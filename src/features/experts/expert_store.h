// All SQL of the expert pool: the directory query (every filter applies the visibility of the
// field it looks at, for the reader at hand), the cards of a page, the facet lists, and the demo
// experts' upsert.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/experts/expert.h"
#include "features/profiles/profile.h"
#include "store/db.h"

namespace comdev::experts::expert_store {

// The skill taxonomy (domains and skills) with the synonyms of every language, by position.
Result<std::vector<SkillNode>> taxonomy(store::Db& db);
// Every territory (regions, provinces, communes, douars).
Result<std::vector<Place>> places(store::Db& db);

// The members on page q.page of the directory as `reader` may see it, most recently updated
// profiles first. A member is listed when they offer a skill the reader may see and their account
// is not deleted.
Result<std::vector<std::int64_t>> page(store::Db& db, const Query& q, const Reader& reader);
// How many members the directory lists for q as `reader` may see it.
Result<std::int64_t> count(store::Db& db, const Query& q, const Reader& reader);

// The stored profiles of these members (in the order of `ids`; missing or deleted ones are
// skipped), NOT redacted: the caller redacts them for the reader (profiles::redact).
Result<std::vector<profiles::Profile>> profiles_of(store::Db& db,
                                                   const std::vector<std::int64_t>& ids);

// The countries (as typed) of the listed experts whose country the reader's tier may see, sorted
// (a member's own country aside: see own_country).
Result<std::vector<std::string>> countries(store::Db& db, Tier tier);
// The member's own country when they are listed (they always see their own fields); "" if not.
Result<std::string> own_country(store::Db& db, std::int64_t member_id);

// ---- demo data ----

struct DemoExpert {
  std::string email, display_name, lang;
  profiles::ProfileData data;
  std::vector<std::string> window_places;  // territory slug per window ("" for none)
  std::vector<std::string> attachment_slugs;
};

// Inserts or updates the member with this e-mail (password unusable: no one signs in as a demo
// expert) and replaces their profile; records the change for the matching index. Skills and
// places the database lacks are skipped. Returns the member id. REQUIRES: inside a transaction.
Result<std::int64_t> upsert_demo(store::Conn& conn, const DemoExpert& e);

}  // namespace comdev::experts::expert_store
