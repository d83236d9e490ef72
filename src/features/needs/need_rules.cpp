#include "features/needs/need_rules.h"

#include <algorithm>
#include <chrono>

#include "core/calendar_date.h"
#include "core/utf8.h"

namespace comdev::needs {
namespace {

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_kind(std::string_view s) {
  return in(kKinds, s);
}
bool is_status(std::string_view s) {
  return in(kStatuses, s);
}
bool is_mode(std::string_view s) {
  return in(kModes, s);
}
bool is_language(std::string_view s) {
  return in(kLanguages, s);
}
bool is_level(std::string_view s) {
  return in(kLevels, s);
}

bool is_date(std::string_view s) {
  return core::is_calendar_date(s, 1900, 2200);
}

bool can_transition(std::string_view from, std::string_view to) {
  if (!is_status(from) || !is_status(to) || from == to) return false;
  if (from == "open" || from == "discussion") return true;
  if (from == "satisfied") return to == "closed" || to == "open";
  return to == "open";  // closed: only reopened
}

std::vector<std::string_view> next_statuses(std::string_view from) {
  std::vector<std::string_view> out;
  for (auto s : kStatuses) {
    if (can_transition(from, s)) out.push_back(s);
  }
  return out;
}

Result<std::optional<std::int64_t>> parse_count(std::string_view typed) {
  if (typed.empty()) return std::optional<std::int64_t>{};
  if (!digits(typed) || typed.size() > 12) return Error::invalid();
  return std::optional<std::int64_t>{std::stoll(std::string(typed))};
}

std::vector<FieldError> check(NeedData& d, std::span<const SkillRef> known) {
  std::vector<FieldError> errors;
  for (const auto* s : {&d.kind, &d.title, &d.description, &d.mode, &d.period_start, &d.period_end,
                        &d.currency, &d.item}) {
    if (!is_valid_utf8(*s)) return {{"form", "errors.form.invalid_utf8"}};
  }
  if (!is_kind(d.kind)) errors.push_back({"kind", "needs.errors.kind"});
  auto title = utf8_length(d.title);
  if (title < 3 || title > 200) errors.push_back({"title", "needs.errors.title"});
  if (utf8_length(d.description) > 4000) {
    errors.push_back({"description", "needs.errors.description"});
  }
  // Only the fields of the need's kind are kept: a form sends every part, the API may too.
  if (d.kind != "skill") {
    d.mode.clear();
    d.period_start.clear();
    d.period_end.clear();
    d.effort_days.reset();
    d.skills.clear();
    d.languages.clear();
  }
  if (d.kind != "funding") {
    d.amount_minor.reset();
    d.currency.clear();
  }
  if (d.kind != "material") {
    d.item.clear();
    d.quantity.reset();
  }
  if (d.kind == "skill") {
    if (d.skills.empty()) errors.push_back({"skills", "needs.errors.skills_required"});
    if (d.skills.size() > static_cast<std::size_t>(kMaxSkills)) {
      errors.push_back({"skills", "needs.errors.too_many_skills"});
    }
    bool unknown = false, bad_level = false;
    std::vector<NeedSkill> resolved;
    for (auto& s : d.skills) {
      auto it = std::find_if(known.begin(), known.end(), [&](const SkillRef& k) {
        return s.skill_id != 0 ? k.id == s.skill_id : k.slug == s.slug;
      });
      if (it == known.end()) {
        unknown = true;
        continue;
      }
      if (!is_level(s.level)) bad_level = true;
      bool dup = std::any_of(resolved.begin(), resolved.end(),
                             [&](const NeedSkill& r) { return r.skill_id == it->id; });
      if (!dup) resolved.push_back({it->id, it->slug, s.level});
    }
    if (unknown) errors.push_back({"skills", "needs.errors.skill_unknown"});
    if (bad_level) errors.push_back({"skills", "needs.errors.skill_level"});
    d.skills = std::move(resolved);
    if (!is_mode(d.mode)) errors.push_back({"mode", "needs.errors.mode"});
    bool start_ok = d.period_start.empty() || is_date(d.period_start);
    bool end_ok = d.period_end.empty() || is_date(d.period_end);
    if (!start_ok) errors.push_back({"period_start", "needs.errors.date"});
    if (!end_ok) errors.push_back({"period_end", "needs.errors.date"});
    if (start_ok && end_ok && !d.period_start.empty() && !d.period_end.empty() &&
        d.period_end < d.period_start) {
      errors.push_back({"period_end", "needs.errors.period_order"});
    }
    if (d.effort_days && (*d.effort_days < 1 || *d.effort_days > kMaxEffortDays)) {
      errors.push_back({"effort_days", "needs.errors.effort_days"});
    }
    std::vector<std::string> langs;
    for (const auto& l : d.languages) {
      if (!is_language(l)) {
        errors.push_back({"languages", "needs.errors.language"});
        break;
      }
      if (std::find(langs.begin(), langs.end(), l) == langs.end()) langs.push_back(l);
    }
    d.languages = std::move(langs);
  } else if (d.kind == "funding") {
    if (!d.amount_minor) {
      errors.push_back({"amount", "needs.errors.amount"});
    } else if (*d.amount_minor <= 0) {
      errors.push_back({"amount", "needs.errors.amount_positive"});
    } else if (*d.amount_minor > kMaxAmountMinor) {
      errors.push_back({"amount", "needs.errors.amount"});
    }
    if (!is_currency(d.currency)) errors.push_back({"currency", "needs.errors.currency"});
  } else if (d.kind == "material") {
    auto item = utf8_length(d.item);
    if (item < 2 || item > 200) errors.push_back({"item", "needs.errors.item"});
    if (!d.quantity || *d.quantity < 1 || *d.quantity > kMaxQuantity) {
      errors.push_back({"quantity", "needs.errors.quantity"});
    }
  }
  return errors;
}

}  // namespace comdev::needs
