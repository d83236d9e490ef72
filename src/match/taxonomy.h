// The skill taxonomy as the matching engine sees it: dense ids, each skill's parent, and for each
// skill the skills related to it with the credit they give (a parent or a sibling covers a
// required skill in part). Built once from data/skills.json by the caller; immutable after.
//
// Thread-safety: const after construction; share freely.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace comdev::match {

using SkillId = std::uint16_t;

// How an offered skill relates to a required one.
enum class Relation : std::uint8_t {
  same,      // the very skill
  narrower,  // offered is a child of the required skill (more specific: nearly as good)
  broader,   // offered is the parent of the required skill (general knowledge of the field)
  sibling,   // both under the same parent (a neighbouring speciality)
  none,
};

struct Related {
  SkillId skill;
  Relation relation;
};

class Taxonomy {
 public:
  struct Entry {
    std::string slug;
    std::string parent_slug;  // "" for a top-level domain
  };
  // REQUIRES: slugs unique; a parent appears in the list (order does not matter).
  explicit Taxonomy(const std::vector<Entry>& entries);

  std::size_t size() const { return slugs_.size(); }
  std::optional<SkillId> find(std::string_view slug) const;
  const std::string& slug(SkillId id) const { return slugs_[id]; }
  std::optional<SkillId> parent(SkillId id) const;
  Relation relation(SkillId required, SkillId offered) const;
  // Every skill that gives credit for `required`, itself first, then narrower, broader, siblings.
  const std::vector<Related>& related(SkillId required) const { return related_[required]; }

 private:
  std::vector<std::string> slugs_;
  std::vector<int> parent_;  // -1: none
  std::unordered_map<std::string, SkillId> by_slug_;
  std::vector<std::vector<Related>> related_;
};

}  // namespace comdev::match
