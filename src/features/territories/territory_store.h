// All SQL about territories, the territories communities are anchored to, and who joined which
// community.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/territories/territory.h"
#include "store/db.h"

namespace comdev::territories::territory_store {

// Every territory, parents before children (ordered by kind level, then French name);
// `kind` "" for all kinds.
Result<std::vector<Territory>> list(store::Db& db, const std::string& kind = {});
Result<std::optional<Territory>> find(store::Db& db, std::int64_t id);
Result<std::optional<Territory>> find_by_slug(store::Db& db, const std::string& slug);
// A territory named in a link by id ("12") or by slug ("tafraout", so links can be written by
// hand): its id. A number is taken as it is; an unknown slug gives 0.
Result<std::int64_t> id_from_param(store::Db& db, std::string_view id_or_slug);
Result<std::int64_t> count(store::Db& db);
// Inserts or updates by slug (demo data, safe to run twice). `t.parent_id` must already exist.
Result<std::int64_t> upsert(store::Conn& conn, const Territory& t);
Result<std::optional<std::int64_t>> id_of(store::Conn& conn, const std::string& slug);
// Anchors the community `community_slug` to a territory (idempotent). False when the community
// does not exist (yet).
Result<bool> anchor(store::Conn& conn, const std::string& community_slug,
                    std::int64_t territory_id);
// The territories a community is anchored to.
Result<std::vector<Territory>> anchors(store::Db& db, const std::string& community_slug);

// Joining and leaving a community, both idempotent. Error::not_found for an unknown slug.
Status join(store::Db& db, const std::string& community_slug, std::int64_t member_id);
Status leave(store::Db& db, const std::string& community_slug, std::int64_t member_id);
Result<std::vector<Membership>> memberships(store::Db& db, std::int64_t member_id);

}  // namespace comdev::territories::territory_store
