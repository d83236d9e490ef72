// Lang: the three languages ComDev speaks, and how a request's language is chosen.
//
// Order of precedence (ARCHITECTURE.md §8): an explicit choice (cookie or profile) beats the
// browser's Accept-Language, which beats the default, French. Region tags fold into their
// language ("ar-MA" -> ar). All functions are pure and thread-safe.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace comdev::i18n {

enum class Lang { fr, ar, en };

inline constexpr std::array<Lang, 3> kAllLangs = {Lang::fr, Lang::ar, Lang::en};
inline constexpr Lang kDefaultLang = Lang::fr;

// "fr", "ar", "en": the value of <html lang> and of the language cookie.
std::string_view code(Lang lang);

// "ltr" or "rtl": the value of <html dir>.
std::string_view dir(Lang lang);

// Accepts a language code with an optional region or script ("ar", "AR-ma", "fr_FR"),
// case-insensitively. Returns nullopt for anything else, including the empty string.
std::optional<Lang> parse_lang(std::string_view tag);

// The language to answer in. `explicit_choice` is the cookie or profile value (may be empty or
// garbage: then ignored); `accept_language` is the raw header, q-values honoured, q=0 excluded.
Lang negotiate(std::string_view explicit_choice, std::string_view accept_language);

}  // namespace comdev::i18n
