// The documents' rules, pure: which title is "the same title", how a title is made from a file
// name when none is typed, and the per-project quota.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace comdev::documents {

inline constexpr std::size_t kMaxTitleChars = 200;

// The key two uploads share when they are versions of one document: the title trimmed, runs of
// blanks made one space, ASCII letters lower-cased ("Étude  de faisabilité " and "Étude de
// Faisabilité" are one document).
std::string title_key(std::string_view title);

// A title from an uploaded file's name when the form gave none: the name without its extension,
// "_" and "-" read as spaces, control characters dropped ("etude_faisabilite-v2.pdf" -> "etude
// faisabilite v2").
std::string title_from_filename(std::string_view filename);

// Whether `adding` more bytes keep the project under `quota`. Error::invalid
// "documents.errors.quota" with {used} and {quota} in megabytes (the page says how much is left).
Status within_quota(std::int64_t used, std::int64_t adding, std::int64_t quota);

// Megabytes, one decimal, for people: 1 234 567 -> "1.2".
std::string megabytes(std::int64_t bytes);

}  // namespace comdev::documents
