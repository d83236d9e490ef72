#include "features/plans/plan_forms.h"

#include <charconv>

#include "core/text.h"
#include "core/utf8.h"
#include "features/plans/plan_rules.h"

namespace comdev::plans {
namespace {

std::optional<std::int64_t> to_int(std::string_view s) {
  s = core::trim_space(s);
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
  return v;
}

bool too_long(std::string_view s, std::size_t max) {
  return utf8_length(s) > max;
}

}  // namespace

Result<NewPlan> parse_plan(const http::Form& form) {
  NewPlan p;
  std::vector<FieldError> errors;
  p.organisation_id = to_int(form.get("organisation")).value_or(0);
  if (p.organisation_id <= 0) errors.push_back({"organisation", "plans.form.errors.organisation"});
  p.title = std::string(core::trim_space(form.get("title")));
  if (p.title.empty() || too_long(p.title, kMaxTitle)) {
    errors.push_back({"title", "plans.form.errors.title"});
  }
  auto start = to_int(form.get("period_start"));
  auto end = to_int(form.get("period_end"));
  bool start_ok = start && *start >= 2000 && *start <= 2100;
  bool end_ok = end && *end >= 2000 && *end <= 2100;
  if (!start_ok) errors.push_back({"period_start", "plans.form.errors.year"});
  if (!end_ok) errors.push_back({"period_end", "plans.form.errors.year"});
  if (start_ok && end_ok && *end < *start) {
    errors.push_back({"period_end", "plans.form.errors.period_order"});
  }
  if (start_ok) p.period_start = static_cast<int>(*start);
  if (end_ok) p.period_end = static_cast<int>(*end);
  p.summary = std::string(core::trim_space(form.get("summary")));
  if (too_long(p.summary, 2000)) errors.push_back({"summary", "plans.form.errors.summary"});
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return p;
}

Result<NewAction> parse_action(const http::Form& form) {
  NewAction a;
  std::vector<FieldError> errors;
  auto typed = core::trim_space(form.get("new_axis"));
  a.axis = std::string(typed.empty() ? core::trim_space(form.get("axis")) : typed);
  if (a.axis.empty() || too_long(a.axis, kMaxTitle)) {
    errors.push_back({"axis", "plans.form.errors.axis"});
  }
  a.title = std::string(core::trim_space(form.get("title")));
  if (a.title.empty() || too_long(a.title, kMaxTitle)) {
    errors.push_back({"title", "plans.form.errors.title"});
  }
  if (auto p = priority_code(form.get("priority"))) {
    a.priority = *p;
  } else {
    errors.push_back({"priority", "plans.form.errors.priority"});
  }
  if (auto b = core::trim_space(form.get("budget")); !b.empty()) {
    a.budget_minor = money::parse_spreadsheet_amount(b, kMaxBudgetMinor);
    if (!a.budget_minor) errors.push_back({"budget", "plans.form.errors.budget"});
  }
  if (auto c = money::currency_code(form.get("currency"))) {
    a.currency = *c;
  } else {
    errors.push_back({"currency", "plans.form.errors.currency"});
  }
  if (auto s = status_code(form.get("status"))) {
    a.status = *s;
  } else {
    errors.push_back({"status", "plans.form.errors.status"});
  }
  for (auto d : form.all("douars")) {
    auto id = to_int(d);
    if (!id || *id <= 0) {
      errors.push_back({"douars", "plans.form.errors.douar"});
      break;
    }
    a.douar_ids.push_back(*id);
  }
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return a;
}

}  // namespace comdev::plans
