#include "match/taxonomy.h"

namespace comdev::match {

Taxonomy::Taxonomy(const std::vector<Entry>& entries) {
  slugs_.reserve(entries.size());
  for (const auto& e : entries) {
    by_slug_.emplace(e.slug, static_cast<SkillId>(slugs_.size()));
    slugs_.push_back(e.slug);
  }
  parent_.assign(slugs_.size(), -1);
  std::vector<std::vector<SkillId>> children(slugs_.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    auto p = by_slug_.find(entries[i].parent_slug);
    if (entries[i].parent_slug.empty() || p == by_slug_.end()) continue;
    parent_[i] = p->second;
    children[p->second].push_back(static_cast<SkillId>(i));
  }
  related_.resize(slugs_.size());
  for (std::size_t i = 0; i < slugs_.size(); ++i) {
    auto id = static_cast<SkillId>(i);
    auto& r = related_[i];
    r.push_back({id, Relation::same});
    for (SkillId c : children[i]) r.push_back({c, Relation::narrower});
    if (parent_[i] >= 0) {
      auto p = static_cast<SkillId>(parent_[i]);
      r.push_back({p, Relation::broader});
      for (SkillId s : children[p])
        if (s != id) r.push_back({s, Relation::sibling});
    }
  }
}

std::optional<SkillId> Taxonomy::find(std::string_view slug) const {
  auto it = by_slug_.find(std::string(slug));
  if (it == by_slug_.end()) return std::nullopt;
  return it->second;
}

std::optional<SkillId> Taxonomy::parent(SkillId id) const {
  if (parent_[id] < 0) return std::nullopt;
  return static_cast<SkillId>(parent_[id]);
}

Relation Taxonomy::relation(SkillId required, SkillId offered) const {
  if (required == offered) return Relation::same;
  if (parent_[offered] == required) return Relation::narrower;
  if (parent_[required] == offered) return Relation::broader;
  if (parent_[required] >= 0 && parent_[required] == parent_[offered]) return Relation::sibling;
  return Relation::none;
}

}  // namespace comdev::match
