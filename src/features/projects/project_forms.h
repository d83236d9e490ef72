// Parsing and validation of the project forms (create/edit, status, update, comment, report,
// translation, cover). Lengths in characters; field errors carry catalogue keys. The API turns
// its JSON into the same fields, so a page and the API refuse the same things with the same
// messages. What needs the database (does the carrier exist, is the point on the territory) is
// checked by the actions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/text.h"
#include "features/projects/project.h"
#include "http/form.h"

namespace comdev::projects {

inline constexpr std::size_t kMaxCoverBytes = 2 * 1024 * 1024;
inline constexpr std::size_t kMaxSectors = 5;
inline constexpr std::size_t kMaxPartners = 10;

// Fields: title, summary, description_md, lang, status, carrier, territory, lat, lon, sectors
// (repeated), partner_org + partner_role (repeated, in pairs), plan_action. `typed` receives what
// was typed (for redisplay), valid or not.
Result<ProjectData> parse_project(const http::Form& f, ProjectData* typed = nullptr);

struct StatusChangeInput {
  std::string to_status;
  std::string note;
  std::string from_status;  // what the form showed; a concurrent change makes it stale
};
Result<StatusChangeInput> parse_status_change(const http::Form& f);

struct UpdateInput {
  std::string title, body_md;
};
Result<UpdateInput> parse_update(const http::Form& f);

// A comment is plain text (shown escaped, line breaks kept), 2 to 2000 characters.
Result<std::string> parse_comment(const http::Form& f);
// Why a comment is reported (optional, up to 500 characters).
Result<std::string> parse_report(const http::Form& f);

Result<Translation> parse_translation(const http::Form& f);

struct Cover {
  std::string content_type;  // image/jpeg | image/png | image/webp, from the magic bytes
  std::string bytes;         // without metadata (EXIF, GPS, XMP, text chunks)
};
// Error::invalid with field "cover" and projects.errors.cover_type or projects.errors.cover_size.
Result<Cover> check_cover(std::string_view bytes);

// Ids in URLs and forms: "42" → 42, anything else → 0.
using core::parse_id;

}  // namespace comdev::projects
