#include "features/experts/expert_views.h"

#include <algorithm>
#include <array>
#include <map>

#include "features/profiles/profile_labels.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"

namespace comdev::experts {
namespace {

constexpr std::size_t kSkillsShown = 6;
constexpr std::size_t kWindowsShown = 2;
constexpr std::size_t kPathShown = 160;  // bytes of the professional path on a card

// The needs list's month names ("juillet {year}"), written out whole for the catalogue test.
constexpr std::array<std::string_view, 12> kMonthKeys = {
    "needslist.month.01", "needslist.month.02", "needslist.month.03", "needslist.month.04",
    "needslist.month.05", "needslist.month.06", "needslist.month.07", "needslist.month.08",
    "needslist.month.09", "needslist.month.10", "needslist.month.11", "needslist.month.12"};

std::chrono::sys_seconds day(const std::string& iso) {
  if (iso.size() < 10) return {};
  int y = std::stoi(iso.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(iso.substr(5, 2)));
  unsigned d = static_cast<unsigned>(std::stoi(iso.substr(8, 2)));
  return std::chrono::sys_days{std::chrono::year{y} / m / d};
}

// Cut at a UTF-8 boundary, with an ellipsis when something was cut.
std::string shorten(const std::string& s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "\u2026";
}

OptionView option(std::string value, std::string label, bool selected) {
  return {std::move(value), std::move(label), selected};
}

}  // namespace

std::string skill_label(i18n::Lang lang, const SkillNode& s) {
  if (lang == i18n::Lang::ar && !s.name_ar.empty()) return s.name_ar;
  if (lang == i18n::Lang::en && !s.name_en.empty()) return s.name_en;
  return s.name_fr;
}

std::string place_label(i18n::Lang lang, const Place& p) {
  return lang == i18n::Lang::ar && !p.name_ar.empty() ? p.name_ar : p.name_fr;
}

CardView card_view(i18n::Lang lang, const profiles::Profile& p, bool name_hidden,
                   const std::vector<SkillNode>& skills, const std::string& today) {
  const auto& d = p.data;
  CardView c;
  c.url = "/members/" + std::to_string(p.member_id);
  c.name_hidden = name_hidden;
  c.name = name_hidden ? text(lang, "profiles.view.hidden_name") : d.display_name;
  c.country = d.country;
  c.path = shorten(d.professional_path, kPathShown);
  c.heart = d.diaspora_of_heart;
  for (const auto& a : d.attachments) c.attachments.push_back(a.label);
  for (const auto& s : d.skills) {
    if (c.skills.size() == kSkillsShown) {
      ++c.more_skills;
      continue;
    }
    std::string label = s.slug;
    for (const auto& k : skills)
      if (k.slug == s.slug) label = skill_label(lang, k);
    c.skills.push_back({label, text(lang, profiles::level_key(s.level))});
  }
  for (const auto& l : d.languages) c.languages.push_back(text(lang, profiles::language_key(l)));
  c.remote_hours = d.remote_hours;
  for (const auto& w : d.windows) {
    if (w.ends_on < today || c.windows.size() == kWindowsShown) continue;
    c.windows.push_back({w.place_text, day(w.starts_on), day(w.ends_on)});
  }
  return c;
}

void fill_filters(ListView& v, i18n::Lang lang, const Query& q,
                  const std::vector<SkillNode>& skills, const std::vector<Place>& places,
                  const std::vector<std::string>& countries, const std::string& first_month) {
  v.q = q.q;
  v.country = q.country;
  v.heart = q.heart;
  // Skills grouped by domain; the domain itself comes first in its group and includes the rest.
  std::map<std::int64_t, std::size_t> group_of;
  for (const auto& s : skills) {
    if (s.parent_id) continue;
    group_of[s.id] = v.skill_groups.size();
    GroupView g{skill_label(lang, s), {}};
    g.options.push_back(option(
        s.slug, i18n::format(lang, "experts.filter.whole_domain", {{"name", skill_label(lang, s)}}),
        q.skill_id == s.id));
    v.skill_groups.push_back(std::move(g));
  }
  for (const auto& s : skills) {
    if (!s.parent_id) continue;
    auto it = group_of.find(*s.parent_id);
    if (it == group_of.end()) continue;
    v.skill_groups[it->second].options.push_back(
        option(s.slug, skill_label(lang, s), q.skill_id == s.id));
  }
  // A domain with nothing under it (the flat list before the taxonomy) is a plain choice.
  for (auto& g : v.skill_groups) {
    if (g.options.size() == 1) g.options.front().label = g.label;
  }
  for (auto code : profiles::kSectors) {
    v.sectors.push_back(
        option(std::string(code), text(lang, profiles::sector_key(code)), q.sector == code));
  }
  for (auto code : profiles::kLanguages) {
    v.languages.push_back(
        option(std::string(code), text(lang, profiles::language_key(code)), q.lang == code));
  }
  v.modes.push_back(
      option("remote", text(lang, "experts.filter.mode.remote"), q.mode == Mode::remote));
  v.modes.push_back(
      option("on_site", text(lang, "experts.filter.mode.on_site"), q.mode == Mode::on_site));
  int y = std::stoi(first_month.substr(0, 4));
  int m = std::stoi(first_month.substr(5, 2));
  bool month_listed = false;
  for (int i = 0; i < 12; ++i) {
    int mm = (m - 1 + i) % 12 + 1, yy = y + (m - 1 + i) / 12;
    std::string value = std::to_string(yy) + (mm < 10 ? "-0" : "-") + std::to_string(mm);
    month_listed = month_listed || value == q.month;
    v.months.push_back(option(value,
                              i18n::format(lang, kMonthKeys[static_cast<std::size_t>(mm - 1)],
                                           {{"year", std::to_string(yy)}}),
                              value == q.month));
  }
  if (!q.month.empty() && !month_listed) {  // a link to a month further away still shows it
    auto mm = static_cast<std::size_t>(std::stoi(q.month.substr(5, 2)));
    v.months.insert(
        v.months.begin(),
        option(q.month, i18n::format(lang, kMonthKeys[mm - 1], {{"year", q.month.substr(0, 4)}}),
               true));
  }
  bool country_listed = false;
  for (const auto& c : countries) {
    bool sel = !q.country.empty() && c == q.country;
    country_listed = country_listed || sel;
    v.countries.push_back(option(c, c, sel));
  }
  if (!q.country.empty() && !country_listed)
    v.countries.push_back(option(q.country, q.country, true));
  // Places: one group per province, the province first (it includes its communes).
  std::map<std::int64_t, std::size_t> province_group;
  for (const auto& p : places) {
    if (p.kind != "province") continue;
    province_group[p.id] = v.territory_groups.size();
    GroupView g{place_label(lang, p), {}};
    g.options.push_back(option(
        p.slug,
        i18n::format(lang, "experts.filter.whole_province", {{"name", place_label(lang, p)}}),
        q.territory_id == p.id));
    v.territory_groups.push_back(std::move(g));
  }
  for (const auto& p : places) {
    if (p.kind != "commune" || !p.parent_id) continue;
    auto it = province_group.find(*p.parent_id);
    if (it == province_group.end()) continue;
    v.territory_groups[it->second].options.push_back(
        option(p.slug, place_label(lang, p), q.territory_id == p.id));
  }
  std::sort(v.territory_groups.begin(), v.territory_groups.end(),
            [](const GroupView& a, const GroupView& b) { return a.label < b.label; });
}

}  // namespace comdev::experts
