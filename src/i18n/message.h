// Turning a catalogue message into text: {name} placeholders and plural forms.
//
// Plural forms are chosen with ICU's CLDR rules for the language (Arabic uses all six), and
// {count} becomes the count formatted for that language. Thread-safe.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "i18n/catalogue.h"
#include "i18n/lang.h"

namespace comdev::i18n {

struct Param {
  std::string_view name;
  std::string value;
};

// Replaces every {name} in `text` by its value; unknown placeholders are left as they are, so
// a forgotten parameter is visible rather than silently empty.
std::string substitute(std::string_view text, std::span<const Param> params);

// The CLDR plural category of `count` in `lang`.
PluralForm plural_form(Lang lang, std::int64_t count);

std::string format(Lang lang, std::string_view key, std::initializer_list<Param> params = {});
std::string format(const Catalogue& cat, std::string_view key, std::span<const Param> params);
// For Error::params (core/error.h).
std::string format(Lang lang, std::string_view key,
                   const std::vector<std::pair<std::string, std::string>>& params);

// Picks the plural form of `key` for `count` and fills {count} (unless `params` sets it).
std::string plural(Lang lang, std::string_view key, std::int64_t count,
                   std::initializer_list<Param> params = {});
std::string plural(const Catalogue& cat, Lang lang, std::string_view key, std::int64_t count,
                   std::span<const Param> params);

}  // namespace comdev::i18n
