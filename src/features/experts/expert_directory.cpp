#include "features/experts/expert_directory.h"

#include "core/time.h"
#include "features/experts/expert_permissions.h"
#include "features/experts/expert_store.h"
#include "features/profiles/profile_permissions.h"
#include "features/profiles/profile_rules.h"
#include "web/app.h"

namespace comdev::experts {

Result<Directory> run_directory(web::Ctx& ctx, bool api) {
  if (auto d = can(ctx.actor, Action::browse); !d) return d.forbidden();
  store::Db& db = ctx.app.db();
  Directory dir;
  dir.today = core::iso_now().substr(0, 10);
  auto skills = expert_store::taxonomy(db);
  if (!skills) return skills.error();
  dir.skills = std::move(*skills);
  auto places = expert_store::places(db);
  if (!places) return places.error();
  dir.places = std::move(*places);
  dir.parsed = parse_query(ctx.query, dir.skills, dir.places, api, dir.today);
  if (api && !dir.parsed.errors.empty()) {
    return Error::invalid("experts.errors.filters", dir.parsed.errors);
  }
  dir.reader = reader_of(ctx.actor);
  auto page = expert_store::search(db, dir.parsed.query, dir.reader);
  if (!page) return page.error();
  dir.total = page->total;
  auto stored = expert_store::profiles_of(db, page->ids);
  if (!stored) return stored.error();
  for (const auto& p : *stored) {
    auto relation = profiles::relation(ctx.actor, p.member_id);
    SeenExpert e;
    e.shown = profiles::visible_fields(relation, p.data.visibility);
    e.profile = profiles::redact(p, relation);
    dir.experts.push_back(std::move(e));
  }
  return dir;
}

}  // namespace comdev::experts
