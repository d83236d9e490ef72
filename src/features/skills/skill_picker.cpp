#include "features/skills/skill_picker.h"

#include <array>

namespace comdev::skills {
namespace {

constexpr std::array<std::string_view, 3> kLevels = {"beginner", "intermediate", "expert"};

}  // namespace

std::vector<PickerDomain> picker(const std::vector<Domain>& tree,
                                 const std::map<std::string, std::string>& chosen,
                                 const std::string& none_label,
                                 const std::function<std::string(std::string_view)>& level_label) {
  // The level labels are the same on every row: look them up once.
  std::vector<std::string> names;
  for (auto l : kLevels) names.push_back(level_label(l));
  auto row = [&](const Item& item, bool general, bool& any) {
    PickerRow r{"skill." + item.slug, general ? std::string() : item.label, general, {}};
    auto it = chosen.find(item.slug);
    std::string_view level = it == chosen.end() ? std::string_view{} : it->second;
    any = any || !level.empty();
    r.levels.push_back({"", none_label, level.empty()});
    for (std::size_t i = 0; i < kLevels.size(); ++i) {
      r.levels.push_back({std::string(kLevels[i]), names[i], kLevels[i] == level});
    }
    return r;
  };
  std::vector<PickerDomain> out;
  out.reserve(tree.size());
  for (const auto& d : tree) {
    PickerDomain pd{d.domain.label, false, {}};
    pd.rows.reserve(d.skills.size() + 1);
    pd.rows.push_back(row(d.domain, true, pd.open));
    for (const auto& s : d.skills) pd.rows.push_back(row(s, false, pd.open));
    out.push_back(std::move(pd));
  }
  return out;
}

}  // namespace comdev::skills
