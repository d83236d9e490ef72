// Pledge references: what a donor writes on their bank transfer so that the treasurer (or the
// statement import) finds the pledge. Human-typeable: Crockford base32 (no I, L, O, U; read
// case-insensitively, I and L as 1, O as 0), eight symbols of random payload (40 bits) and one
// check symbol, the payload's value modulo 37, so that a mistyped or swapped symbol is detected.
// Shown as three groups of three ("7KM-2QX-9AB"); stored without the dashes.
//
// The check alphabet adds five symbols for 32..36 ("*~$=U") that banks strip from transfer
// labels: the references made here are drawn so that their check symbol is always a letter or
// a digit, while reading accepts every check symbol of the standard. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::campaigns {

inline constexpr std::size_t kReferenceLength = 9;  // 8 payload symbols + 1 check symbol

// The reference of a 40-bit payload (higher bits ignored), canonical (no dashes); nullopt when
// its check symbol would not be alphanumeric (the caller draws another payload).
std::optional<std::string> reference_for(std::uint64_t payload);

// A fresh random reference (libsodium's generator).
std::string new_reference();

// The canonical reference of what someone typed or a bank label holds: case, dashes and spaces
// ignored, I/L read as 1 and O as 0. nullopt when it is not nine symbols or the check fails.
std::optional<std::string> parse_reference(std::string_view typed);

// "7KM2QX9AB" → "7KM-2QX-9AB". REQUIRES: a canonical reference.
std::string display_reference(std::string_view canonical);

// Every valid reference found in a bank statement's label, canonical, each once, in order of
// appearance: a word of nine symbols, or up to three neighbouring words separated by spaces,
// dashes, dots or slashes that together make nine (banks cut and re-space labels).
std::vector<std::string> references_in(std::string_view label);

}  // namespace comdev::campaigns
