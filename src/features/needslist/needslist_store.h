// All SQL of the needs list: what NeedsIndex is built from at start and re-reads when the change
// log names a need or a project, plus the names its filters show (territories, skills).
// Each function runs a few statements on a leased connection; none writes.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/needslist/need_entry.h"
#include "store/db.h"

namespace comdev::needslist {

struct Place {
  std::int64_t id = 0;
  std::int64_t parent_id = 0;  // 0 for a région
  std::string kind;            // region | province | commune | douar
  std::string slug, name_fr, name_ar;
};

struct SkillName {
  std::int64_t id = 0;
  std::string slug, name_fr, name_ar, name_en;
};

namespace needslist_store {

Result<std::vector<Place>> places(store::Db& db);
Result<std::vector<SkillName>> skills(store::Db& db);

// Entries carry territory_id; commune_id and province_id are left for the caller (it knows the
// territory tree). Sectors and skills are filled in.
Result<std::vector<NeedEntry>> open_needs(store::Db& db);
// Whatever their status (a need that left the list comes back with open = false).
Result<std::vector<NeedEntry>> needs_by_ids(store::Db& db, std::span<const std::int64_t> ids);
Result<std::vector<NeedEntry>> needs_of_projects(store::Db& db,
                                                 std::span<const std::int64_t> project_ids);

}  // namespace needslist_store
}  // namespace comdev::needslist
