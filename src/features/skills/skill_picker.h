// The skill picker of the profile and need forms, as a view for templates/skills/picker.html:
// one <details> per domain (open when it holds a chosen skill), the domain itself first ("general
// knowledge of the field"), then its skills, each with a level select named "skill.<slug>". No
// JavaScript needed; the forms keep parsing "skill.<slug>" = level as before.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "features/skills/skill_rules.h"

namespace comdev::skills {

struct PickerLevel {
  std::string value, label;
  bool selected = false;
};
struct PickerRow {
  std::string name;   // skill.<slug>
  std::string label;  // empty for the domain's own row (the template names it)
  bool general = false;
  std::vector<PickerLevel> levels;
};
struct PickerDomain {
  std::string label;
  bool open = false;
  std::vector<PickerRow> rows;
};

// `chosen`: slug → level. `none_label` is the "not this skill" option; `level_label` names a
// level (beginner, intermediate, expert) in the reader's language.
std::vector<PickerDomain> picker(const std::vector<Domain>& tree,
                                 const std::map<std::string, std::string>& chosen,
                                 const std::string& none_label,
                                 const std::function<std::string(std::string_view)>& level_label);

}  // namespace comdev::skills
