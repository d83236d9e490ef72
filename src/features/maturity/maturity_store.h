// All SQL of the maturity path (migrations/0027_maturity): the checklists of a community's
// stages, what a project's carriers ticked, the community a project belongs to and the facts
// the computed items read. Every function takes the Conn of the caller: a transaction for writes
// (maturity_actions.cpp runs one per use case), any leased connection for reads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/maturity/maturity.h"
#include "store/db.h"

namespace comdev::maturity::maturity_store {

// The project's status; nullopt when there is no such project.
Result<std::optional<std::string>> status_of(store::Conn& c, std::int64_t project_id);

// The community whose territories hold the project's place (its territory or one above it),
// the oldest when several do; else the platform's oldest community, so a project placed
// outside every community still follows a path; 0 when there is no community at all.
Result<std::int64_t> community_of(store::Conn& c, std::int64_t project_id);

struct CommunityRef {
  std::int64_t id = 0;
  std::string name_fr, name_ar;
};
Result<std::vector<CommunityRef>> communities(store::Conn& c);

// The community of that slug; 0 when there is none.
Result<std::int64_t> community_by_slug(store::Conn& c, const std::string& slug);
// True when the community has written at least one item.
Result<bool> has_items(store::Conn& c, std::int64_t community_id);

// The community's items, by stage, position and id.
Result<std::vector<Item>> items(store::Conn& c, std::int64_t community_id);
Result<std::optional<Item>> item(store::Conn& c, std::int64_t item_id);
Result<std::vector<Tick>> ticks(store::Conn& c, std::int64_t project_id);
// True when the project lists at least one need (whatever its status: a need met was recorded).
Result<bool> has_need(store::Conn& c, std::int64_t project_id);
// Whether the project's team documents (migrations/0026) hold one of `kind` ("study", "budget").
Result<bool> has_document(store::Conn& c, std::int64_t project_id, const std::string& kind);

// ---- writes (REQUIRES: inside the caller's transaction) ----
// Appended after the stage's last item.
Result<std::int64_t> insert_item(store::Conn& c, std::int64_t community_id, const ItemInput& in,
                                 const std::string& now);
// The labels and rule; the stage stays (an item of another stage is another item).
Status update_item(store::Conn& c, std::int64_t item_id, const ItemInput& in);
// Its ticks go with it.
Status delete_item(store::Conn& c, std::int64_t item_id);
// Ticks the item for the project, or replaces the note of an earlier tick.
Status put_tick(store::Conn& c, std::int64_t project_id, std::int64_t item_id,
                const std::string& note, std::int64_t by, const std::string& now);
Status delete_tick(store::Conn& c, std::int64_t project_id, std::int64_t item_id);

}  // namespace comdev::maturity::maturity_store
