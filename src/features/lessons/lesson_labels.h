// Labels of the lessons pages and API in the reader's language: sections, states, sectors, types
// of actor, places.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "features/lessons/lesson.h"
#include "features/lessons/lesson_rules.h"
#include "i18n/catalogue.h"
#include "i18n/lang.h"

namespace comdev::lessons {

inline std::string label(i18n::Lang lang, std::string_view key) {
  return std::string(i18n::catalogue(lang).text(key));
}
// The catalogue keys of each section's heading and hint, in kSections order (literals, so the
// catalogue test sees them in use).
struct SectionKeys {
  std::string_view label, hint;
};
inline constexpr std::array<SectionKeys, kSections.size()> kSectionKeys = {{
    {"lessons.section.context", "lessons.hint.context"},
    {"lessons.section.objectives", "lessons.hint.objectives"},
    {"lessons.section.actors", "lessons.hint.actors"},
    {"lessons.section.steps", "lessons.hint.steps"},
    {"lessons.section.results", "lessons.hint.results"},
    {"lessons.section.difficulties", "lessons.hint.difficulties"},
    {"lessons.section.success", "lessons.hint.success"},
    {"lessons.section.lessons", "lessons.hint.lessons"},
    {"lessons.section.recommendations", "lessons.hint.recommendations"},
    {"lessons.section.contacts", "lessons.hint.contacts"},
    {"lessons.section.budget", "lessons.hint.budget"},
}};
inline std::size_t section_index(std::string_view key) {
  for (std::size_t i = 0; i < kSections.size(); ++i) {
    if (kSections[i] == key) return i;
  }
  return kSections.size();
}
inline std::string section_label(i18n::Lang lang, std::string_view key) {
  auto i = section_index(key);
  return i < kSections.size() ? label(lang, kSectionKeys[i].label) : std::string(key);
}
inline std::string section_hint(i18n::Lang lang, std::string_view key) {
  auto i = section_index(key);
  return i < kSections.size() ? label(lang, kSectionKeys[i].hint) : std::string();
}
inline std::string state_label(i18n::Lang lang, State s) {
  switch (s) {
    case State::draft:
      return label(lang, "lessons.state.draft");
    case State::submitted:
      return label(lang, "lessons.state.submitted");
    case State::published:
      return label(lang, "lessons.state.published");
  }
  return {};
}
// The name of a form field in an error message ("Titre : 3 à 200 caractères").
inline std::string field_label(i18n::Lang lang, std::string_view field) {
  if (section_index(field) < kSections.size()) return section_label(lang, field);
  if (field == "title") return label(lang, "lessons.field.title");
  if (field == "period") return label(lang, "lessons.field.period");
  if (field == "lang") return label(lang, "lessons.field.lang");
  if (field == "sectors") return label(lang, "lessons.field.sectors");
  if (field == "territory") return label(lang, "lessons.field.place");
  if (field == "carrier") return label(lang, "lessons.start_project.carrier");
  if (field == "commune") return label(lang, "lessons.start_project.territory");
  if (field == "note") return label(lang, "lessons.review.note");
  return std::string(field);
}
inline std::string lang_label(i18n::Lang lang, std::string_view code) {
  if (code == "ar") return label(lang, "lessons.lang.ar");
  if (code == "en") return label(lang, "lessons.lang.en");
  return label(lang, "lessons.lang.fr");
}
inline std::string sector_label(i18n::Lang lang, std::string_view code) {
  return label(lang, "profiles.sector." + std::string(code));
}
inline std::string actor_type_label(i18n::Lang lang, std::string_view type) {
  return label(lang, "organisations.type." + std::string(type));
}
inline std::string place_label(i18n::Lang lang, const std::string& fr, const std::string& ar) {
  return i18n::code(lang) == "ar" && !ar.empty() ? ar : fr;
}
// The headings of a project started from a sheet, in the reader's language.
PrefillText prefill_text(i18n::Lang lang, const Sheet& sheet, const std::string& sheet_url);

}  // namespace comdev::lessons
