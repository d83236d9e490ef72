#include "features/maturity/maturity_labels.h"

#include "features/maturity/maturity_rules.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"

namespace comdev::maturity {

std::string stage_label(i18n::Lang lang, std::string_view stage) {
  return std::string(i18n::catalogue(lang).text("projects.status." + std::string(stage)));
}

std::string rule_label(i18n::Lang lang, Rule rule) {
  const char* key = "maturity.rule.none";
  switch (rule) {
    case Rule::none:
      break;
    case Rule::confirmed_expert:
      key = "maturity.rule.confirmed_expert";
      break;
    case Rule::carrier_person:
      key = "maturity.rule.carrier_person";
      break;
    case Rule::need_recorded:
      key = "maturity.rule.need_recorded";
      break;
    case Rule::study_uploaded:
      key = "maturity.rule.study_uploaded";
      break;
    case Rule::budget_uploaded:
      key = "maturity.rule.budget_uploaded";
      break;
  }
  return std::string(i18n::catalogue(lang).text(key));
}

std::vector<StepView> steps(i18n::Lang lang, std::string_view current) {
  std::vector<StepView> out;
  // A project off the path (capitalised) has gone through all of it.
  int at = stage_index(current);
  if (at < 0 && projects::is_status(current)) at = static_cast<int>(kStages.size());
  for (std::size_t i = 0; i < kStages.size(); ++i) {
    int n = static_cast<int>(i);
    StepView s;
    s.code = std::string(kStages[i]);
    s.label = stage_label(lang, kStages[i]);
    s.current = n == at;
    s.state = n < at ? "reached" : n == at ? "current" : "ahead";
    out.push_back(std::move(s));
  }
  return out;
}

std::string where_text(i18n::Lang lang, std::string_view current) {
  int at = stage_index(current);
  if (at < 0) return stage_label(lang, current);
  return i18n::format(lang, "maturity.where",
                      {{"n", std::to_string(at + 1)},
                       {"total", std::to_string(kStages.size())},
                       {"stage", stage_label(lang, current)}});
}

std::string missing_text(i18n::Lang lang, std::size_t missing) {
  return i18n::plural(lang, "maturity.missing", static_cast<std::int64_t>(missing));
}

std::vector<ItemRow> item_rows(i18n::Lang lang, const std::vector<ItemState>& items, bool evidence,
                               const std::string& tick_base) {
  std::vector<ItemRow> out;
  for (const auto& s : items) {
    ItemRow r;
    r.id = s.item.id;
    bool arabic = lang == i18n::Lang::ar && !s.item.label_ar.empty();
    r.label = arabic ? s.item.label_ar : s.item.label_fr;
    r.lang = arabic ? "ar" : "fr";
    r.done = s.done;
    r.computed = s.item.rule != Rule::none;
    if (r.computed) r.computed_label = rule_label(lang, s.item.rule);
    r.show_evidence = evidence && s.done && !r.computed;
    if (r.show_evidence) {
      r.note = s.note;
      r.by = s.by_name;
      r.at = s.at.substr(0, 10);
    }
    r.can_tick = !tick_base.empty() && !r.computed;
    if (r.can_tick) r.tick_action = tick_base + std::to_string(s.item.id) + "/tick";
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace comdev::maturity
