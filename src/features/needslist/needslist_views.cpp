#include "features/needslist/needslist_views.h"

#include <algorithm>
#include <chrono>

#include "core/sectors.h"
#include "features/needslist/needslist_forms.h"
#include "i18n/format.h"
#include "i18n/message.h"

namespace comdev::needslist {
namespace {

// Every catalogue key this file picks by a value, spelled out whole so that the unused-key test
// of the catalogues sees them (a key built by concatenation is invisible to it).
constexpr std::string_view kKeys[] = {
    "needslist.kind.skill",     "needslist.kind.funding",    "needslist.kind.material",
    "needslist.mode.remote",    "needslist.mode.on_site",    "needslist.mode.both",
    "needslist.filter.type",    "needslist.filter.skill",    "needslist.filter.sector",
    "needslist.filter.commune", "needslist.filter.province", "needslist.filter.mode",
    "needslist.filter.period",  "needslist.month.01",        "needslist.month.02",
    "needslist.month.03",       "needslist.month.04",        "needslist.month.05",
    "needslist.month.06",       "needslist.month.07",        "needslist.month.08",
    "needslist.month.09",       "needslist.month.10",        "needslist.month.11",
    "needslist.month.12"};

// The key `prefix + value` when it is one of kKeys; "" otherwise (an unknown value shows no
// label rather than a raw key).
std::string_view key_of(std::string_view prefix, std::string_view value) {
  for (std::string_view k : kKeys)
    if (k.size() == prefix.size() + value.size() && k.starts_with(prefix) && k.ends_with(value))
      return k;
  return {};
}

std::string label(i18n::Lang lang, std::string_view prefix, std::string_view value) {
  auto key = key_of(prefix, value);
  return key.empty() ? std::string(value) : text(lang, key);
}

std::string date_text(i18n::Lang lang, const std::string& iso_date) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(iso_date.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return iso_date;
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!ymd.ok()) return iso_date;
  return i18n::format_date(lang, std::chrono::sys_seconds(std::chrono::sys_days(ymd)));
}

// Skills, communes and provinces read best in name order; the other facets keep their own
// (the form's order, or the calendar).
bool by_name(Facet f) {
  return f == Facet::skill || f == Facet::commune || f == Facet::province;
}

}  // namespace

std::string place_name(i18n::Lang lang, const Dictionary& d, std::int64_t id) {
  const Place* p = d.place(id);
  if (p == nullptr) return {};
  return lang == i18n::Lang::ar && !p->name_ar.empty() ? p->name_ar : p->name_fr;
}

std::string value_label(i18n::Lang lang, Facet f, std::int64_t key, const Dictionary& d) {
  switch (f) {
    case Facet::type:
      return label(lang, "needslist.kind.", url_value(f, key, d));
    case Facet::mode:
      return label(lang, "needslist.mode.", url_value(f, key, d));
    case Facet::sector:
      return text(lang, "profiles.sector." + url_value(f, key, d));
    case Facet::skill: {
      const SkillName* s = d.skill(key);
      if (s == nullptr) return std::to_string(key);
      if (lang == i18n::Lang::ar) return s->name_ar;
      if (lang == i18n::Lang::en) return s->name_en;
      return s->name_fr;
    }
    case Facet::commune:
    case Facet::province:
      return place_name(lang, d, key);
    case Facet::period: {
      auto m = static_cast<std::int32_t>(key);
      std::string month = std::to_string(m % 12 + 1);
      if (month.size() == 1) month = "0" + month;
      return i18n::format(lang, key_of("needslist.month.", month),
                          {{"year", std::to_string(m / 12)}});
    }
  }
  return {};
}

std::vector<FilterView> filter_views(i18n::Lang lang, const Query& q, const QueryResult& r,
                                     const Dictionary& d) {
  std::vector<FilterView> out;
  for (int i = 0; i < kFacets; ++i) {
    auto f = static_cast<Facet>(i);
    FilterView v;
    v.name = std::string(kFacetNames[i]);
    v.label = label(lang, "needslist.filter.", v.name);
    std::vector<std::pair<std::string, OptionView>> options;
    for (const auto& fv : r.facets[i]) {
      auto label = value_label(lang, f, fv.key, d);
      OptionView o;
      o.value = url_value(f, fv.key, d);
      o.label = i18n::format(lang, "needslist.option",
                             {{"label", label}, {"count", i18n::format_number(lang, fv.count)}});
      o.selected = q.filters[i] && *q.filters[i] == fv.key;
      options.emplace_back(by_name(f) ? label : std::string(), std::move(o));
    }
    if (by_name(f)) {
      std::stable_sort(options.begin(), options.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    for (auto& [_, o] : options) v.options.push_back(std::move(o));
    out.push_back(std::move(v));
  }
  return out;
}

RowView row_view(i18n::Lang lang, const NeedEntry& e, const Dictionary& d) {
  RowView v;
  v.id = std::to_string(e.id);
  v.title = e.title;
  v.kind_code = e.kind;
  v.kind = label(lang, "needslist.kind.", e.kind);
  v.project_id = std::to_string(e.project_id);
  v.project_title = e.project_title;
  v.place = place_name(lang, d, e.territory_id);
  for (auto id : e.skill_ids) {
    if (!v.skills.empty()) v.skills += text(lang, "needslist.separator");
    v.skills += value_label(lang, Facet::skill, id, d);
  }
  if (!e.mode.empty()) v.mode = label(lang, "needslist.mode.", e.mode);
  if (!e.period_start.empty()) {
    v.period = i18n::format(
        lang, "needslist.period",
        {{"start", date_text(lang, e.period_start)},
         {"end", date_text(lang, e.period_end.empty() ? e.period_start : e.period_end)}});
  }
  if (e.effort_days) v.effort = i18n::plural(lang, "needslist.effort", *e.effort_days);
  if (e.amount_minor) v.amount = web::Money{*e.amount_minor, e.currency};
  if (!e.item.empty()) {
    v.material = i18n::format(
        lang, "needslist.material",
        {{"item", e.item}, {"quantity", i18n::format_number(lang, e.quantity.value_or(1))}});
  }
  return v;
}

}  // namespace comdev::needslist
