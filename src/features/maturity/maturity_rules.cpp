#include "features/maturity/maturity_rules.h"

#include <algorithm>

#include "core/text.h"
#include "features/projects/project_rules.h"

namespace comdev::maturity {

int stage_index(std::string_view s) {
  auto it = std::find(kStages.begin(), kStages.end(), s);
  return it == kStages.end() ? -1 : static_cast<int>(it - kStages.begin());
}

bool has_checklist(std::string_view stage) {
  return stage_index(stage) > 0;
}

std::string_view name(Rule r) {
  switch (r) {
    case Rule::none:
      return "";
    case Rule::confirmed_expert:
      return "confirmed_expert";
    case Rule::carrier_person:
      return "carrier_person";
    case Rule::need_recorded:
      return "need_recorded";
    case Rule::study_uploaded:
      return "study_uploaded";
    case Rule::budget_uploaded:
      return "budget_uploaded";
  }
  return "";
}

std::optional<Rule> parse_rule(std::string_view s) {
  for (auto r : kRules) {
    if (name(r) == s) return r;
  }
  return std::nullopt;
}

bool StageChecklist::complete() const {
  return std::all_of(items.begin(), items.end(), [](const ItemState& i) { return i.done; });
}

namespace {

bool computed_done(Rule r, const Facts& f) {
  switch (r) {
    case Rule::none:
      return false;
    case Rule::confirmed_expert:
      return f.confirmed_expert;
    case Rule::carrier_person:
      return f.carrier_person;
    case Rule::need_recorded:
      return f.need_recorded;
    case Rule::study_uploaded:
      return f.study_uploaded;
    case Rule::budget_uploaded:
      return f.budget_uploaded;
  }
  return false;
}

}  // namespace

Path build_path(std::string_view current, const std::vector<Item>& items,
                const std::vector<Tick>& ticks, const Facts& facts) {
  Path p;
  p.current = std::string(current);
  for (auto s : kStages) p.stages.push_back({std::string(s), {}});
  for (const auto& item : items) {
    int i = stage_index(item.stage);
    if (!has_checklist(item.stage)) continue;
    ItemState st{item, false, {}, {}, {}};
    if (item.rule != Rule::none) {
      st.done = computed_done(item.rule, facts);
    } else {
      auto t = std::find_if(ticks.begin(), ticks.end(),
                            [&](const Tick& t) { return t.item_id == item.id; });
      if (t != ticks.end()) {
        st.done = true;
        st.note = t->note;
        st.by_name = t->by_name;
        st.at = t->at;
      }
    }
    p.stages[static_cast<std::size_t>(i)].items.push_back(std::move(st));
  }
  for (auto& s : p.stages) {
    std::stable_sort(s.items.begin(), s.items.end(), [](const ItemState& a, const ItemState& b) {
      return a.item.position != b.item.position ? a.item.position < b.item.position
                                                : a.item.id < b.item.id;
    });
  }
  return p;
}

std::string next_stage(std::string_view current) {
  int i = stage_index(current);
  if (i < 0 || i + 1 >= static_cast<int>(kStages.size())) return {};
  return std::string(kStages[static_cast<std::size_t>(i + 1)]);
}

std::vector<ItemState> missing_for(const Path& path, std::string_view from, std::string_view to) {
  std::vector<ItemState> out;
  int a = projects::status_index(from), b = projects::status_index(to);
  if (a < 0 || b <= a) return out;
  for (const auto& s : path.stages) {
    int i = projects::status_index(s.stage);
    if (i <= a || i > b) continue;
    for (const auto& item : s.items) {
      if (!item.done) out.push_back(item);
    }
  }
  return out;
}

Result<bool> judge_move(std::string_view from, std::string_view to, std::size_t missing,
                        std::string_view override_reason, bool may_override) {
  if (!projects::may_move(from, to)) {
    return Error::invalid("errors.invalid", {{"status", "projects.errors.status_move"}});
  }
  if (missing == 0) return false;
  if (core::trim_space(override_reason).empty()) {
    return Error::conflict("maturity.errors.incomplete");
  }
  if (!may_override) return Error::forbidden("maturity.errors.override_animators");
  return true;
}

}  // namespace comdev::maturity
