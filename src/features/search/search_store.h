// All SQL of the search feature: the text of projects, needs and organisations as the index
// needs it, all at once (start) or by id (following the change log).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace comdev::search_feature::search_store {

struct Translation {
  std::string lang, title, summary;
};

struct ProjectRow {
  std::int64_t id = 0;
  std::string title, summary, description, lang, place_fr, place_ar, carrier;
  std::vector<std::string> sectors;
  std::vector<Translation> translations;
};

struct NeedRow {
  std::int64_t id = 0;
  std::string title, description, kind, item, lang, project_title, place_fr, place_ar;
  std::vector<std::string> skills;  // skill names, in French and Arabic
};

struct OrganisationRow {
  std::int64_t id = 0;
  std::string name, description, place_fr, place_ar;
};

// With `ids` empty: every row (building the index). Otherwise the rows of those ids that
// still exist (an id missing from the answer was deleted).
Result<std::vector<ProjectRow>> projects(store::Db& db, std::span<const std::int64_t> ids);
Result<std::vector<NeedRow>> needs(store::Db& db, std::span<const std::int64_t> ids);
Result<std::vector<OrganisationRow>> organisations(store::Db& db,
                                                   std::span<const std::int64_t> ids);
// The needs of these projects (their documents carry the project's title and place).
Result<std::vector<std::int64_t>> need_ids_of_projects(store::Db& db,
                                                       std::span<const std::int64_t> project_ids);

}  // namespace comdev::search_feature::search_store
