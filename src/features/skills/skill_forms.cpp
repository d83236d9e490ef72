#include "features/skills/skill_forms.h"

#include <algorithm>

#include "core/text.h"
#include "core/utf8.h"
#include "features/skills/skill_rules.h"

namespace comdev::skills {
std::vector<std::string> synonym_lines(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    auto line = core::trim_space(text.substr(start, end - start));
    if (!line.empty() && std::find(out.begin(), out.end(), line) == out.end()) {
      out.emplace_back(line);
    }
    start = end + 1;
  }
  return out;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) {
    if (!out.empty()) out += '\n';
    out += l;
  }
  return out;
}

Result<SkillForm> parse_skill_form(const http::Form& f, const std::vector<Skill>& all,
                                   std::int64_t editing_id, SkillForm* typed) {
  for (const auto& [name, value] : f.fields()) {
    if (!is_valid_utf8(name) || !is_valid_utf8(value)) {
      return Error::invalid("errors.form.invalid_utf8");
    }
  }
  std::vector<FieldError> errors;
  SkillForm d;
  if (editing_id == 0) {
    d.slug = std::string(core::trim_space(f.get("slug")));
    if (!valid_slug(d.slug)) {
      errors.push_back({"slug", "skills.errors.slug"});
    } else if (std::any_of(all.begin(), all.end(),
                           [&](const Skill& s) { return s.slug == d.slug; })) {
      errors.push_back({"slug", "skills.errors.slug_taken"});
    }
  }
  for (auto [name, slot] :
       {std::pair{"name_fr", &d.edit.labels.fr}, std::pair{"name_ar", &d.edit.labels.ar},
        std::pair{"name_en", &d.edit.labels.en}}) {
    *slot = std::string(core::trim_space(f.get(name)));
    if (slot->empty()) {
      errors.push_back({name, "skills.errors.label"});
    } else if (utf8_length(*slot) > kMaxLabelChars || core::has_control(*slot)) {
      errors.push_back({name, "skills.errors.label_long"});
    }
  }
  for (auto lang : kLangs) {
    std::string name = "synonyms_" + std::string(lang);
    auto& list = synonyms_in(d.edit.synonyms, lang);
    list = synonym_lines(f.get(name));
    if (list.size() > kMaxSynonymsPerLang) {
      errors.push_back({name, "skills.errors.synonyms_count"});
    } else if (std::any_of(list.begin(), list.end(), [](const std::string& s) {
                 return utf8_length(s) > kMaxSynonymChars || core::has_control(s);
               })) {
      errors.push_back({name, "skills.errors.synonym_long"});
    }
  }
  d.parent = std::string(core::trim_space(f.get("parent")));
  if (!d.parent.empty()) {
    auto parent = std::find_if(all.begin(), all.end(), [&](const Skill& s) {
      return s.slug == d.parent && s.parent_id == 0 && (editing_id == 0 || s.id != editing_id);
    });
    bool has_children = editing_id != 0 && std::any_of(all.begin(), all.end(), [&](const Skill& s) {
                          return s.parent_id == editing_id;
                        });
    if (parent == all.end()) {
      errors.push_back({"parent", "skills.errors.parent"});
    } else if (has_children) {
      errors.push_back({"parent", "skills.errors.domain_with_skills"});
    } else {
      d.edit.parent_id = parent->id;
    }
  }
  if (typed) *typed = d;
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return d;
}

}  // namespace comdev::skills
