#include "features/needs/need_forms.h"

#include "core/text.h"
#include "features/needs/need_rules.h"

namespace comdev::needs {

std::string skill_input(std::string_view slug) {
  return "skill." + std::string(slug);
}

Result<NeedData> parse_need(const http::Form& f, std::span<const SkillRef> known,
                            std::optional<std::string_view> fixed_kind) {
  NeedData d;
  auto field = [&](std::string_view name) { return std::string(core::trim_space(f.get(name))); };
  d.kind = fixed_kind ? std::string(*fixed_kind) : field("kind");
  d.title = field("title");
  d.description = field("description");
  std::vector<FieldError> errors;
  if (d.kind == "skill") {
    d.mode = field("mode");
    d.period_start = field("period_start");
    d.period_end = field("period_end");
    auto effort = parse_count(field("effort_days"));
    if (effort) {
      d.effort_days = *effort;
    } else {
      errors.push_back({"effort_days", "needs.errors.effort_days"});
    }
    for (const auto& [name, value] : f.fields()) {
      if (!name.starts_with("skill.") || core::trim_space(value).empty()) continue;
      d.skills.push_back({0, name.substr(6), std::string(core::trim_space(value))});
    }
    for (auto l : f.all("languages")) d.languages.emplace_back(l);
  } else if (d.kind == "funding") {
    d.currency = field("currency");
    auto amount = money::parse_amount(field("amount"));
    if (amount) {
      d.amount_minor = *amount;
    } else {
      errors.push_back({"amount", amount.error().message_id});
    }
  } else if (d.kind == "material") {
    d.item = field("item");
    auto quantity = parse_count(field("quantity"));
    if (quantity) {
      d.quantity = *quantity;
    } else {
      errors.push_back({"quantity", "needs.errors.quantity"});
    }
  }
  auto more = check(d, known);
  for (auto& e : more) {
    if (e.message_id == "errors.form.invalid_utf8") return Error::invalid(e.message_id);
    // A number already refused as unreadable is not refused twice.
    bool dup = false;
    for (const auto& prev : errors) dup = dup || prev.field == e.field;
    if (!dup) errors.push_back(std::move(e));
  }
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return d;
}

Result<std::string> parse_status(std::string_view status) {
  if (!is_status(status))
    return Error::invalid("needs.errors.status", {{"status", "needs.errors.status"}});
  return std::string(status);
}

}  // namespace comdev::needs
