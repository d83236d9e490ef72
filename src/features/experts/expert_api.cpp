// GET /api/v1/experts: the directory with the same filters as /experts (skill and territory by
// id or slug), page and per_page (1-100). A field the caller may not see is absent (not null),
// as in GET /api/v1/members/{id}; a bad filter is a 422 naming the field.
#include <nlohmann/json.hpp>

#include "features/experts/expert_api_doc.h"
#include "features/experts/expert_directory.h"
#include "features/experts/expert_module.h"
#include "web/app.h"
#include "web/errors.h"

namespace comdev::experts {
namespace {

using profiles::Field;

nlohmann::json expert_json(const SeenExpert& e, const std::vector<Place>& places) {
  const auto& p = e.profile;
  const auto& d = p.data;
  auto shown = [&](Field f) { return e.shown.count(f) != 0; };
  auto slug_of = [&](std::int64_t id) -> nlohmann::json {
    for (const auto& pl : places)
      if (pl.id == id) return pl.slug;
    return nullptr;
  };
  nlohmann::json j{{"id", p.member_id}, {"url", "/members/" + std::to_string(p.member_id)}};
  if (shown(Field::display_name)) j["display_name"] = d.display_name;
  if (shown(Field::skills)) {
    auto list = nlohmann::json::array();
    for (const auto& s : d.skills) list.push_back({{"slug", s.slug}, {"level", s.level}});
    j["skills"] = list;
  }
  if (shown(Field::languages)) j["languages"] = d.languages;
  if (shown(Field::country)) j["country"] = d.country;
  if (shown(Field::sectors)) j["sectors"] = d.sectors;
  if (shown(Field::professional_path)) j["professional_path"] = d.professional_path;
  if (shown(Field::remote_hours)) j["remote_hours_per_month"] = d.remote_hours;
  if (shown(Field::availability)) {
    auto list = nlohmann::json::array();
    for (const auto& w : d.windows) {
      list.push_back({{"place", w.place_text},
                      {"territory", w.territory_id ? slug_of(*w.territory_id) : nullptr},
                      {"starts_on", w.starts_on},
                      {"ends_on", w.ends_on}});
    }
    j["availability"] = list;
  }
  if (shown(Field::attachments)) {
    auto list = nlohmann::json::array();
    for (const auto& a : d.attachments)
      list.push_back({{"territory", slug_of(a.territory_id)}, {"label", a.label}});
    j["attachments"] = list;
    j["diaspora_of_heart"] = d.diaspora_of_heart;
  }
  return j;
}

http::Response list(web::Ctx& ctx, DirectoryCache& cache) {
  // A bearer token names the caller; a browser's session cookie does when there is none.
  if (!ctx.actor.signed_in()) {
    if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  }
  auto dir = run_directory(ctx, true, cache);
  if (!dir) return web::reply_error(ctx, dir.error());
  nlohmann::json experts = nlohmann::json::array();
  for (const auto& e : dir->experts) experts.push_back(expert_json(e, *dir->places));
  const Query& q = dir->parsed.query;
  nlohmann::json out{{"experts", std::move(experts)},
                     {"page", q.page},
                     {"per_page", q.per_page},
                     {"total", dir->total}};
  auto res = http::Response::json(out.dump());
  res.header("Cache-Control", "private, no-store");
  return res;
}

}  // namespace

void register_api(web::App& app, std::shared_ptr<DirectoryCache> cache) {
  app.get(
      "/api/v1/experts", [cache](web::Ctx& ctx) { return list(ctx, *cache); }, api_doc::kList);
}

}  // namespace comdev::experts
