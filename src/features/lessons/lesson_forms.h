// The lessons forms: a sheet's text — title (3-200 characters), period (50), language, sectors
// (1-5 known codes when given), place, and each section as Markdown (10,000 characters; refused
// when the renderer would alter it: raw HTML, a javascript: link) — the animator's note when a
// sheet is sent back (required, 2,000), the list's filters and the new project's carrier and
// commune. Every field error is collected (a catalogue key per field), so the form comes back
// with all of them at once. A draft may be saved incomplete: what review needs is checked on
// submit (lesson_rules.h).
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "features/lessons/lesson.h"
#include "http/form.h"

namespace comdev::lessons {

inline constexpr std::size_t kMaxTitle = 200;
inline constexpr std::size_t kMaxPeriod = 50;
inline constexpr std::size_t kMaxSection = 10000;
inline constexpr std::size_t kMaxNote = 2000;
inline constexpr std::size_t kMaxQuery = 200;

// `typed` receives what was typed, for the form shown again.
Result<SheetText> parse_sheet(const http::Form& f, SheetText* typed = nullptr);
Result<std::string> parse_note(std::string_view note);
// The new project's form names its place "commune" (the sheet's own form says "territory").
// Unknown or malformed filter values are ignored (a link from elsewhere never fails).
Filter parse_filter(const http::Form& query);

struct StartProject {
  std::int64_t carrier_id = 0;
  std::int64_t territory_id = 0;
};
Result<StartProject> parse_start_project(const http::Form& f);

}  // namespace comdev::lessons
