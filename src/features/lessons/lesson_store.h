// All SQL of the lessons feature ($N placeholders; SQLite and PostgreSQL). Sheets are read with
// their project, its carrier (name and type: the "type of actor") and their place's names. The
// writes that change what the public list shows (publishing, the demo) also append to the change
// log (topic kLesson), which keeps every instance's search index current.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/lessons/lesson.h"
#include "features/lessons/lesson_rules.h"
#include "store/db.h"

namespace comdev::lessons {

// The change-log topic of published sheets: entity id = sheet id.
inline constexpr std::string_view kLesson = "lesson";

namespace lesson_store {

Result<std::optional<Sheet>> find(store::Conn& c, std::int64_t id);
Result<std::optional<Sheet>> find_by_project(store::Conn& c, std::int64_t project_id);
// The sheets in `state`, newest first (published: by publication), at most `limit`.
Result<std::vector<Sheet>> list(store::Conn& c, State state, int limit);

// A new draft of the project's sheet; nothing when the project has one already (its id is
// returned either way, so starting twice lands on the same sheet).
Result<std::int64_t> insert(store::Conn& c, std::int64_t project_id, const SheetText& text,
                            std::int64_t by, const std::string& now);
// The text of a draft; false when the sheet is not (or no longer) a draft.
Result<bool> update_text(store::Conn& c, std::int64_t id, const SheetText& text,
                         const std::string& now);
// Moves the sheet from `from` to `to` if it is still in `from` (two reviewers at once: one wins).
// `note` is kept as the review note (sending back) or cleared (publishing).
Result<bool> move(store::Conn& c, std::int64_t id, State from, State to, std::int64_t by,
                  const std::string& note, const std::string& now);
Status record_reuse(store::Conn& c, std::int64_t lesson_id, std::int64_t project_id,
                    std::int64_t by, const std::string& now);

// Every territory with its parent, kind and names: the filters' tree and their option labels.
struct TerritoryRow {
  std::int64_t id = 0;
  TreeNode node;
  std::string name_fr, name_ar;
};
Result<std::vector<TerritoryRow>> territories(store::Conn& c);

// The demo loader: the project's sheet, published and flagged as demo data (insert or update).
Result<std::int64_t> upsert_demo(store::Conn& c, std::int64_t project_id, const SheetText& text,
                                 const std::string& now);
Result<std::optional<std::int64_t>> project_id_by_title(store::Conn& c, const std::string& title);

}  // namespace lesson_store
}  // namespace comdev::lessons
