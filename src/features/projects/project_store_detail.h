// Helpers shared by the project store's files (project_store.cpp, project_social_store.cpp,
// project_demo_store.cpp): each runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "features/projects/project.h"
#include "store/db.h"

namespace comdev::projects::project_store::detail {

Status ok();
Status as_status(Result<bool> r);
std::optional<std::int64_t> id_or_null(std::int64_t id);
// What the form cannot check: every id names something, and the point is on the territory.
// Error::invalid with the fields at fault.
Status check_references(store::Conn& c, const ProjectData& d);
Status write_sectors_and_partners(store::Conn& c, std::int64_t id, const ProjectData& d);
// Bumps updated_at and records the change-log row.
Status touch(store::Conn& c, std::int64_t id);
Status insert_history(store::Conn& c, std::int64_t id, std::optional<std::string> from,
                      const std::string& to, std::int64_t actor_id, const std::string& note,
                      const std::string& at);

}  // namespace comdev::projects::project_store::detail
