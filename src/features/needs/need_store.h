// All SQL about needs (migrations/0010_needs): the need rows with their skills and working
// languages, the project a need belongs to, the skill list. Every write runs in one transaction
// with its audit entry and its change-log rows (topic need, and topic project: a project's needs
// are part of what the project indexes show), so the in-memory indexes of every instance follow.
//
// The read functions are public for the other features that show needs (the needs list, search,
// the project page).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/needs/need.h"
#include "store/db.h"

namespace comdev::needs::need_store {

// The `skills` table, ordered by slug.
Result<std::vector<SkillRef>> skills(store::Db& db);
// The skills the needs of one project ask for, ordered by slug: what its page needs to name
// them, without reading the whole taxonomy on every view.
Result<std::vector<SkillRef>> skills_of_project(store::Db& db, std::int64_t project_id);

// The project with its carrier's name and its territory; nullopt when there is no such project.
Result<std::optional<ProjectRef>> project(store::Db& db, std::int64_t project_id);

// One need with its skills and languages; nullopt when there is none.
Result<std::optional<Need>> find(store::Db& db, std::int64_t need_id);
// Several needs by id, each with its skills and languages, in the order of `ids` (ids with no
// need are skipped).
Result<std::vector<Need>> find_many(store::Db& db, const std::vector<std::int64_t>& ids);
// The needs of a project: open first, then under discussion, satisfied, closed; newest first
// within a status.
Result<std::vector<Need>> for_project(store::Db& db, std::int64_t project_id);
// How many needs are open (the home page figure).
Result<std::int64_t> count_open(store::Db& db);

// REQUIRES: `d` passed need_rules' check(). Error::not_found when the project does not exist.
Result<std::int64_t> create(store::Db& db, std::int64_t actor_id, std::int64_t project_id,
                            const NeedData& d);
// Replaces what the need says (its kind stays). Error::not_found when there is no such need.
Status update(store::Db& db, std::int64_t actor_id, std::int64_t need_id, const NeedData& d);
// Moves the need to `to` when need_rules allows it from its current status; the check and the
// write happen under one transaction, so two people changing it at once cannot skip a rule.
// Error::invalid("needs.errors.status") when the change is not allowed.
Status set_status(store::Db& db, std::int64_t actor_id, std::int64_t need_id,
                  const std::string& to);

// The id of the project titled `title` (demo data names projects by title); nullopt if none.
Result<std::optional<std::int64_t>> project_id_by_title(store::Conn& conn,
                                                        const std::string& title);

// Demo data: inserts or updates the need of `project_id` titled d.title (is_demo = 1), with its
// status; safe to run twice. REQUIRES: `d` passed check().
Result<std::int64_t> upsert_demo(store::Conn& conn, std::int64_t project_id, const NeedData& d,
                                 const std::string& status);

}  // namespace comdev::needs::need_store
