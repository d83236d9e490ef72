// What the needs pages show, built from a Need: labels in the reader's language (kinds, statuses,
// modes, skills, levels, languages), the one-line gist of a need for lists, and the options of
// the forms. Shared by the need pages, the project-page section and the API-free parts of other
// features that list needs.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "features/needs/need.h"
#include "features/skills/skill_picker.h"
#include "i18n/lang.h"
#include "web/render.h"

namespace comdev::needs {

struct Option {
  std::string value, label;
  bool selected = false;
};

std::string kind_label(i18n::Lang lang, std::string_view kind);
std::string status_label(i18n::Lang lang, std::string_view status);
std::string mode_label(i18n::Lang lang, std::string_view mode);
std::string level_label(i18n::Lang lang, std::string_view level);
std::string language_label(i18n::Lang lang, std::string_view code);
std::string skill_name(i18n::Lang lang, const SkillRef& s);
// The skill's name from the list, or its slug when the list does not have it.
std::string skill_name(i18n::Lang lang, std::span<const SkillRef> known, std::string_view slug);

// One need in a list (the project's section, other features' lists).
struct NeedCard {
  std::string id, url, title, kind, kind_label, status, status_label;
  std::string gist;  // "150 000,00 MAD", "Assainissement (expert)", "20 × Bac de 240 litres"
};
NeedCard card(i18n::Lang lang, const Need& n, std::span<const SkillRef> known);

// A YYYY-MM-DD date as a time point for the templates' date formatting (nullopt when empty).
std::optional<std::chrono::sys_seconds> date_of(std::string_view ymd);

// Minor units as typed in the amount field: 1500050 -> "15000.50", 1500000 -> "15000".
std::string typed_amount(std::int64_t minor);

std::vector<Option> kind_options(i18n::Lang lang, std::string_view selected);
std::vector<Option> mode_options(i18n::Lang lang, std::string_view selected);
std::vector<Option> currency_options(std::string_view selected);
std::vector<Option> language_options(i18n::Lang lang, const std::vector<std::string>& selected);
std::vector<Option> status_options(i18n::Lang lang, std::string_view from);

// The need form's skill picker: the taxonomy by domain, each skill with its level select
// ("skill.<slug>", "" = not required), the domains holding a chosen skill open.
std::vector<skills::PickerDomain> skill_picker(i18n::Lang lang,
                                               const std::vector<skills::Skill>& tree,
                                               const std::vector<NeedSkill>& chosen);

}  // namespace comdev::needs
