#include "features/needs/need_views.h"

#include <algorithm>
#include <map>

#include "features/needs/need_forms.h"
#include "features/needs/need_rules.h"
#include "features/profiles/profile_labels.h"
#include "i18n/catalogue.h"
#include "i18n/format.h"

namespace comdev::needs {
namespace {

// Literal keys, so the catalogue tests see every one of them used.
struct Key {
  std::string_view code, key;
};
constexpr Key kKindKeys[] = {{"skill", "needs.kind.skill"},
                             {"funding", "needs.kind.funding"},
                             {"material", "needs.kind.material"}};
constexpr Key kStatusKeys[] = {{"open", "needs.status.open"},
                               {"discussion", "needs.status.discussion"},
                               {"satisfied", "needs.status.satisfied"},
                               {"closed", "needs.status.closed"}};
constexpr Key kModeKeys[] = {{"remote", "needs.mode.remote"},
                             {"on_site", "needs.mode.on_site"},
                             {"both", "needs.mode.both"}};
static_assert(std::size(kKindKeys) == kKinds.size());
static_assert(std::size(kStatusKeys) == kStatuses.size());
static_assert(std::size(kModeKeys) == kModes.size());

template <std::size_t N>
std::string label(i18n::Lang lang, const Key (&keys)[N], std::string_view code) {
  for (const auto& k : keys) {
    if (k.code == code) return std::string(i18n::catalogue(lang).text(k.key));
  }
  return std::string(code);
}

}  // namespace

std::string kind_label(i18n::Lang lang, std::string_view kind) {
  return label(lang, kKindKeys, kind);
}
std::string status_label(i18n::Lang lang, std::string_view status) {
  return label(lang, kStatusKeys, status);
}
std::string mode_label(i18n::Lang lang, std::string_view mode) {
  return label(lang, kModeKeys, mode);
}
std::string level_label(i18n::Lang lang, std::string_view level) {
  auto key = profiles::level_key(level);
  return key.empty() ? std::string(level) : text(lang, key);
}
std::string language_label(i18n::Lang lang, std::string_view code) {
  auto key = profiles::language_key(code);
  return key.empty() ? std::string(code) : text(lang, key);
}

std::string skill_name(i18n::Lang lang, const SkillRef& s) {
  auto code = i18n::code(lang);
  if (code == "ar" && !s.name_ar.empty()) return s.name_ar;
  if (code == "en" && !s.name_en.empty()) return s.name_en;
  return s.name_fr.empty() ? s.slug : s.name_fr;
}

std::string skill_name(i18n::Lang lang, std::span<const SkillRef> known, std::string_view slug) {
  for (const auto& s : known) {
    if (s.slug == slug) return skill_name(lang, s);
  }
  return std::string(slug);
}

NeedCard card(i18n::Lang lang, const Need& n, std::span<const SkillRef> known) {
  NeedCard c;
  c.id = std::to_string(n.id);
  c.url = "/needs/" + c.id;
  c.title = n.data.title;
  c.kind = n.data.kind;
  c.kind_label = kind_label(lang, n.data.kind);
  c.status = n.status;
  c.status_label = status_label(lang, n.status);
  const auto& d = n.data;
  if (d.kind == "funding" && d.amount_minor) {
    c.gist = i18n::format_money(lang, *d.amount_minor, d.currency);
  } else if (d.kind == "material" && d.quantity) {
    c.gist = i18n::format_number(lang, *d.quantity) + " \u00D7 " + d.item;
  } else if (d.kind == "skill") {
    for (const auto& s : d.skills) {
      // The Arabic comma in Arabic text.
      if (!c.gist.empty()) c.gist += i18n::code(lang) == "ar" ? "\u060C " : ", ";
      c.gist += skill_name(lang, known, s.slug) + " (" + level_label(lang, s.level) + ")";
    }
  }
  return c;
}

std::optional<std::chrono::sys_seconds> date_of(std::string_view ymd) {
  if (!is_date(ymd)) return std::nullopt;
  int y = std::stoi(std::string(ymd.substr(0, 4)));
  unsigned m = static_cast<unsigned>(std::stoi(std::string(ymd.substr(5, 2))));
  unsigned d = static_cast<unsigned>(std::stoi(std::string(ymd.substr(8, 2))));
  std::chrono::sys_days day{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
  // Noon, so that the date reads the same in any time zone a formatter might apply.
  return std::chrono::sys_seconds{day} + std::chrono::hours{12};
}

std::string typed_amount(std::int64_t minor) {
  std::string out = std::to_string(minor / 100);
  if (auto cents = minor % 100; cents != 0) {
    out += '.';
    out += static_cast<char>('0' + cents / 10);
    out += static_cast<char>('0' + cents % 10);
  }
  return out;
}

std::vector<Option> kind_options(i18n::Lang lang, std::string_view selected) {
  std::vector<Option> out;
  for (auto k : kKinds) out.push_back({std::string(k), kind_label(lang, k), k == selected});
  return out;
}

std::vector<Option> mode_options(i18n::Lang lang, std::string_view selected) {
  std::vector<Option> out;
  for (auto m : kModes) out.push_back({std::string(m), mode_label(lang, m), m == selected});
  return out;
}

std::vector<Option> currency_options(std::string_view selected) {
  std::vector<Option> out;
  for (auto c : kCurrencies) out.push_back({std::string(c), std::string(c), c == selected});
  return out;
}

std::vector<Option> language_options(i18n::Lang lang, const std::vector<std::string>& selected) {
  std::vector<Option> out;
  for (auto l : kLanguages) {
    bool on = std::find(selected.begin(), selected.end(), l) != selected.end();
    out.push_back({std::string(l), language_label(lang, l), on});
  }
  return out;
}

std::vector<Option> status_options(i18n::Lang lang, std::string_view from) {
  std::vector<Option> out;
  for (auto s : next_statuses(from)) out.push_back({std::string(s), status_label(lang, s), false});
  return out;
}

std::vector<skills::PickerDomain> skill_picker(i18n::Lang lang,
                                               const std::vector<skills::Skill>& tree,
                                               const std::vector<NeedSkill>& chosen) {
  std::map<std::string, std::string> levels;
  for (const auto& c : chosen) levels[c.slug] = c.level;
  return skills::picker(skills::group_by_domain(tree, lang), levels,
                        text(lang, "needs.form.skill_none"),
                        [&](std::string_view l) { return level_label(lang, l); });
}

}  // namespace comdev::needs
