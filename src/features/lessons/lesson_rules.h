// Pure rules of lessons-learned sheets: which projects may have one, the review's moves, what a
// sheet needs before it is submitted, where its place sits in the territory tree (filters), and
// the new project that "Start a project from this" prefills. No I/O.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "features/lessons/lesson.h"

namespace comdev::lessons {

// A sheet is written once the project is over: done, capitalised, or abandoned (a failure
// teaches as much as a success).
bool project_finished(std::string_view project_status);

// draft → submitted (the team asks for review); submitted → published (an animator publishes);
// submitted → draft (sent back with a note). A published sheet stays published.
bool may_move(State from, State to);

// The fields still empty that a sheet needs before review: title, at least one sector, context,
// results and lessons. Empty when it may be submitted.
std::vector<std::string> missing_for_review(const SheetText& text);

// A territory as the tree knows it (territories.parent_id and kind).
struct TreeNode {
  std::int64_t parent_id = 0;
  std::string kind;  // region | province | commune | douar
};
using Tree = std::unordered_map<std::int64_t, TreeNode>;
// The commune, province and region above (or at) `territory_id`; 0 where there is none. Stops
// after a few steps so a cycle in bad data cannot hang a page.
Place place_of(std::int64_t territory_id, const Tree& tree);

// True when the sheet passes the filter's sector, region, commune and type of actor (not `q`).
bool matches(const Filter& f, const Sheet& sheet, const Place& place);

// The headings and closing line of a prefilled project, in the reader's language.
struct PrefillText {
  std::string context_heading, lessons_heading, recommendations_heading;
  std::string source_line;  // "Projet démarré à partir de la fiche « … » (/lessons/3)."
};
struct ProjectPrefill {
  std::string title, summary, description_md, lang;
  std::vector<std::string> sectors;
};
// A new project from a published sheet: its title, a summary cut from the context (at most
// kMaxSummary characters, at a word), the context, lessons and recommendations as the
// description (at most kMaxDescription characters), its sectors (at most kMaxSectors).
inline constexpr std::size_t kMaxSummary = 300;
inline constexpr std::size_t kMaxDescription = 20000;
inline constexpr std::size_t kMaxSectors = 5;
ProjectPrefill prefill(const Sheet& sheet, const PrefillText& text);

// Plain text of a Markdown paragraph for a summary: markup characters dropped, spaces folded.
std::string plain_text(std::string_view markdown);
// At most `max` characters (UTF-8), cut at a space when there is one, "…" added when cut.
std::string cut_at_word(std::string_view text, std::size_t max);

}  // namespace comdev::lessons
