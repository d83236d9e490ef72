#include "features/experts/expert_directory.h"

#include <algorithm>

#include "core/time.h"
#include "features/experts/expert_permissions.h"
#include "features/experts/expert_store.h"
#include "features/profiles/profile_permissions.h"
#include "features/profiles/profile_rules.h"
#include "web/app.h"

namespace comdev::experts {

Result<Directory> run_directory(web::Ctx& ctx, bool api, DirectoryCache& cache) {
  if (auto d = can(ctx.actor, Action::browse); !d) return d.forbidden();
  store::Db& db = ctx.app.db();
  Directory dir;
  dir.today = core::iso_now().substr(0, 10);
  auto skills = cache.skills.get("", [&] { return expert_store::taxonomy(db); });
  if (!skills) return skills.error();
  dir.skills = std::move(*skills);
  auto places = cache.places.get("", [&] { return expert_store::places(db); });
  if (!places) return places.error();
  dir.places = std::move(*places);
  dir.parsed = parse_query(ctx.query, *dir.skills, *dir.places, api, dir.today);
  if (api && !dir.parsed.errors.empty()) {
    return Error::invalid("experts.errors.filters", dir.parsed.errors);
  }
  dir.reader = reader_of(ctx.actor);
  const Query& q = dir.parsed.query;
  // A member's own fields count for them alone, so their count is kept under their id; every
  // visitor shares one.
  std::string key = query_string(q, 1, *dir.skills, *dir.places) + "\x1f" +
                    std::to_string(static_cast<int>(dir.reader.tier)) + "\x1f" +
                    std::to_string(dir.reader.member_id) + "\x1f" + dir.today;
  auto total = cache.counts.get(key, [&] { return expert_store::count(db, q, dir.reader); });
  if (!total) return total.error();
  dir.total = **total;
  std::vector<std::int64_t> ids;
  if (dir.total > 0) {
    auto page = expert_store::page(db, q, dir.reader);
    if (!page) return page.error();
    ids = std::move(*page);
  }
  auto stored = expert_store::profiles_of(db, ids);
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

Result<std::vector<std::string>> visible_countries(web::Ctx& ctx, const Reader& reader,
                                                   DirectoryCache& cache) {
  store::Db& db = ctx.app.db();
  auto tier = reader.tier;
  auto listed = cache.countries.get(std::to_string(static_cast<int>(tier)),
                                    [&] { return expert_store::countries(db, tier); });
  if (!listed) return listed.error();
  std::vector<std::string> out = **listed;
  if (reader.member_id != 0) {
    auto own = expert_store::own_country(db, reader.member_id);
    if (!own) return own.error();
    if (!own->empty() && std::find(out.begin(), out.end(), *own) == out.end()) {
      out.insert(std::upper_bound(out.begin(), out.end(), *own), *own);
    }
  }
  return out;
}

}  // namespace comdev::experts
