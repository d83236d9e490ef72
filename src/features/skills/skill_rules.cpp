#include "features/skills/skill_rules.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/text.h"
#include "core/utf8.h"

namespace comdev::skills {
namespace {

std::optional<std::string> text_problem(std::string_view what, std::string_view s,
                                        std::size_t max) {
  if (s.empty()) return std::string(what) + " is missing";
  if (!is_valid_utf8(s)) return std::string(what) + " is not valid UTF-8";
  if (core::has_control(s)) return std::string(what) + " holds a control character";
  if (utf8_length(s) > max) {
    return std::string(what) + " is longer than " + std::to_string(max) + " characters";
  }
  return std::nullopt;
}

std::vector<const Skill*> by_position(const std::vector<Skill>& rows) {
  std::vector<const Skill*> out;
  for (const auto& r : rows) out.push_back(&r);
  std::stable_sort(out.begin(), out.end(), [](const Skill* a, const Skill* b) {
    return a->position != b->position ? a->position < b->position : a->slug < b->slug;
  });
  return out;
}

}  // namespace

bool valid_slug(std::string_view slug) {
  if (slug.empty() || slug.size() > kMaxSlugChars) return false;
  return std::all_of(slug.begin(), slug.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

const std::string& label(const Labels& l, i18n::Lang lang) {
  const std::string& s = lang == i18n::Lang::ar ? l.ar : lang == i18n::Lang::en ? l.en : l.fr;
  return s.empty() ? l.fr : s;
}

std::vector<std::string>& synonyms_in(Synonyms& s, std::string_view lang) {
  return lang == "ar" ? s.ar : lang == "en" ? s.en : s.fr;
}

const std::vector<std::string>& synonyms_in(const Synonyms& s, std::string_view lang) {
  return lang == "ar" ? s.ar : lang == "en" ? s.en : s.fr;
}

std::optional<std::string> entry_problem(const Entry& e) {
  if (!valid_slug(e.slug)) return "the slug is not made of a-z, 0-9 and _";
  if (auto p = text_problem("the French label", e.labels.fr, kMaxLabelChars)) return p;
  if (auto p = text_problem("the Arabic label", e.labels.ar, kMaxLabelChars)) return p;
  if (auto p = text_problem("the English label", e.labels.en, kMaxLabelChars)) return p;
  for (auto lang : kLangs) {
    const auto& list = synonyms_in(e.synonyms, lang);
    if (list.size() > kMaxSynonymsPerLang) {
      return "more than " + std::to_string(kMaxSynonymsPerLang) + " synonyms in " +
             std::string(lang);
    }
    std::set<std::string_view> seen;
    for (const auto& s : list) {
      if (auto p = text_problem("a synonym in " + std::string(lang), s, kMaxSynonymChars)) {
        return p;
      }
      if (!seen.insert(s).second) return "the synonym \"" + s + "\" is given twice";
    }
  }
  return std::nullopt;
}

std::optional<std::string> taxonomy_problem(const std::vector<Entry>& entries) {
  if (entries.empty()) return "the list is empty";
  std::map<std::string_view, bool> seen;  // slug → is a domain
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    auto where = "entry " + std::to_string(i + 1) + " (slug \"" + e.slug + "\"): ";
    if (auto p = entry_problem(e)) return where + *p;
    if (seen.count(e.slug)) return where + "the slug is given twice";
    if (!e.parent.empty()) {
      auto parent = seen.find(e.parent);
      if (parent == seen.end()) {
        return where + "the parent \"" + e.parent + "\" is unknown (a parent comes before)";
      }
      if (!parent->second) return where + "the parent \"" + e.parent + "\" is not a domain";
    }
    seen[e.slug] = e.parent.empty();
  }
  return std::nullopt;
}

std::vector<SyncStep> plan_sync(const std::vector<Entry>& file, const std::vector<Skill>& rows) {
  std::map<std::string_view, const Skill*> by_slug;
  std::map<std::int64_t, std::string_view> slug_of;
  for (const auto& r : rows) {
    by_slug[r.slug] = &r;
    slug_of[r.id] = r.slug;
  }
  std::vector<SyncStep> steps;
  for (std::size_t i = 0; i < file.size(); ++i) {
    const Entry& e = file[i];
    auto it = by_slug.find(e.slug);
    if (it == by_slug.end()) {
      steps.push_back({i, true});
      continue;
    }
    const Skill& r = *it->second;
    if (!r.edited_at.empty()) continue;  // an administrator's edit wins over the file
    std::string_view parent = r.parent_id == 0 ? std::string_view{} : slug_of[r.parent_id];
    if (r.labels != e.labels || r.synonyms != e.synonyms || parent != e.parent ||
        r.position != static_cast<int>(i)) {
      steps.push_back({i, false});
    }
  }
  return steps;
}

std::vector<Entry> to_entries(const std::vector<Skill>& rows) {
  std::map<std::int64_t, std::string> slug_of;
  for (const auto& r : rows) slug_of[r.id] = r.slug;
  std::vector<Entry> out;
  for (const Skill* r : by_position(rows)) {
    out.push_back(
        {r->slug, r->parent_id == 0 ? "" : slug_of[r->parent_id], r->labels, r->synonyms});
  }
  return out;
}

std::vector<Domain> group_by_domain(const std::vector<Skill>& rows, i18n::Lang lang) {
  std::vector<Domain> out;
  std::map<std::int64_t, std::size_t> index;
  auto ordered = by_position(rows);
  for (const Skill* r : ordered) {
    if (r->parent_id != 0) continue;
    index[r->id] = out.size();
    out.push_back({{r->id, r->slug, label(r->labels, lang)}, {}});
  }
  for (const Skill* r : ordered) {
    auto it = index.find(r->parent_id);
    if (r->parent_id == 0 || it == index.end()) continue;
    out[it->second].skills.push_back({r->id, r->slug, label(r->labels, lang)});
  }
  return out;
}

}  // namespace comdev::skills
