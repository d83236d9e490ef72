#include "features/skills/skill_actions.h"

#include "features/audit/audit_store.h"
#include "features/changes/change_log_store.h"
#include "features/skills/skill_file.h"
#include "features/skills/skill_store.h"

namespace comdev::skills {

Result<int> sync_from_file(store::Db& db, const std::filesystem::path& path) {
  auto entries = read_taxonomy(path);
  if (!entries) return entries.error();
  return skill_store::sync(db, *entries);
}

Result<std::int64_t> create_skill(store::Db& db, std::int64_t actor_id, const SkillForm& form) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto id = skill_store::create(c, form.slug, form.edit, actor_id);
    if (!id) return id.error();
    if (!*id) return Error::invalid("errors.invalid", {{"slug", "skills.errors.slug_taken"}});
    if (auto st =
            audit::audit_store::record(c, actor_id, "skill.created", "skill", **id, form.slug);
        !st)
      return st.error();
    if (auto st = changes::change_log_store::record(c, changes::kSkill, **id); !st) {
      return st.error();
    }
    return **id;
  });
}

Status edit_skill(store::Db& db, std::int64_t actor_id, std::int64_t id, const SkillForm& form) {
  auto done = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    // Checked again under the transaction: a skill added meanwhile under this domain.
    if (form.edit.parent_id != 0) {
      auto children = skill_store::child_count(c, id);
      if (!children) return children.error();
      if (*children > 0) {
        return Error::invalid("errors.invalid", {{"parent", "skills.errors.domain_with_skills"}});
      }
    }
    if (auto st = skill_store::update(c, id, form.edit, actor_id); !st) return st.error();
    if (auto st = audit::audit_store::record(c, actor_id, "skill.edited", "skill", id,
                                             "labels, synonyms or parent");
        !st)
      return st.error();
    if (auto st = changes::change_log_store::record(c, changes::kSkill, id); !st) {
      return st.error();
    }
    return true;
  });
  if (!done) return done.error();
  return {};
}

}  // namespace comdev::skills
