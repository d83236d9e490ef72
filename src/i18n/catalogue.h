// Catalogue: the messages of one language, keyed by id ("home.title").
//
// A message is plain text with {name} placeholders, or a set of plural forms (zero, one, two,
// few, many, other; "other" always present). Lookups fall back to another catalogue (French,
// the source language) and finally to the key itself, so a missing translation shows up as
// French text or as a visible key, never as an empty string.
//
// The built-in catalogues are immutable after first use and safe to share between threads.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "i18n/lang.h"

namespace comdev::i18n {

enum class PluralForm { zero, one, two, few, many, other };
inline constexpr std::size_t kPluralFormCount = 6;

struct Message {
  std::array<std::string, kPluralFormCount> forms;  // simple messages fill only `other`
  bool plural = false;
};

class Catalogue {
 public:
  // `fallback` must outlive this catalogue; nullptr means "fall back to the key".
  explicit Catalogue(const Catalogue* fallback = nullptr) : fallback_(fallback) {}

  void add(std::string key, Message message);

  // The message for `key` here, or in the fallback chain; nullptr if none has it.
  const Message* find(std::string_view key) const;

  // Simple text of `key` (the "other" form for plural messages), else fallback, else the key.
  std::string_view text(std::string_view key) const;

  // One plural form; an absent form falls back to "other" of the same message.
  std::string_view form(std::string_view key, PluralForm form) const;

  std::size_t size() const { return messages_.size(); }
  const Catalogue* fallback() const { return fallback_; }

  // Visits own messages (not the fallback's), in no particular order.
  void for_each(const std::function<void(const std::string&, const Message&)>& visit) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, Message, Hash, std::equal_to<>> messages_;
  const Catalogue* fallback_;
};

// The built-in catalogue of a language (from i18n/<code>.json, embedded at build time).
// ar and en fall back to fr.
const Catalogue& catalogue(Lang lang);
// The message `key` of the built-in catalogue of `lang`, as a string (for a page's labels).
std::string text(Lang lang, std::string_view key);

// A test language: every message of `fr` wrapped as "⟦…⟧" (placeholders kept), no fallback.
// Render a page with it and any text outside ⟦⟧ did not come from the catalogue.
Catalogue make_pseudo(const Catalogue& fr);

// Makes catalogue(lang) return `replacement` (nullptr: the built-in one again). For the test that
// renders every page in the pseudo-language to find text that bypasses the catalogue.
// REQUIRES: replacement outlives its use.
void replace_catalogue_for_tests(Lang lang, const Catalogue* replacement);
inline constexpr std::string_view kPseudoOpen = "\u27e6";
inline constexpr std::string_view kPseudoClose = "\u27e7";

}  // namespace comdev::i18n
