// The taxonomy as JSON:
//   GET /api/v1/skills → {"domains": [{"id", "slug", "labels": {fr, ar, en},
//       "synonyms": {fr: […], ar: […], en: […]}, "skills": [same fields, no "skills"]}]}; public.
//   GET /admin/skills.json → the taxonomy in data/skills.json's exact format (administrators), so
//       an administrator's edits can be committed back to the repository.
#include <map>
#include <nlohmann/json.hpp>

#include "features/skills/skill_api_doc.h"
#include "features/skills/skill_file.h"
#include "features/skills/skill_module.h"
#include "features/skills/skill_permissions.h"
#include "features/skills/skill_rules.h"
#include "features/skills/skill_store.h"
#include "web/app.h"
#include "web/errors.h"

namespace comdev::skills {
namespace {

using nlohmann::json;

json skill_json(const Skill& s) {
  return {{"id", s.id},
          {"slug", s.slug},
          {"labels", {{"fr", s.labels.fr}, {"ar", s.labels.ar}, {"en", s.labels.en}}},
          {"synonyms", {{"fr", s.synonyms.fr}, {"ar", s.synonyms.ar}, {"en", s.synonyms.en}}}};
}

http::Response tree(web::Ctx& ctx) {
  if (auto d = can(ctx.actor, Action::view); !d) return web::reply_error(ctx, d.forbidden());
  auto all = skill_store::all(ctx.app.db());
  if (!all) return web::reply_error(ctx, all.error());
  json domains = json::array();
  std::map<std::int64_t, std::size_t> index;
  for (const auto& s : *all) {
    if (s.parent_id != 0) continue;
    index[s.id] = domains.size();
    json d = skill_json(s);
    d["skills"] = json::array();
    domains.push_back(std::move(d));
  }
  for (const auto& s : *all) {
    auto it = index.find(s.parent_id);
    if (s.parent_id != 0 && it != index.end())
      domains[it->second]["skills"].push_back(skill_json(s));
  }
  auto res = http::Response::json(json{{"domains", domains}}.dump());
  // Edited rarely; a minute of staleness in a browser or proxy is harmless.
  res.header("Cache-Control", "public, max-age=60");
  return res;
}

http::Response export_file(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::export_file); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto all = skill_store::all(ctx.app.db());
  if (!all) return web::reply_error(ctx, all.error());
  auto res = http::Response::json(write_taxonomy(to_entries(*all)));
  res.header("Content-Disposition", "attachment; filename=\"skills.json\"");
  res.header("Cache-Control", "no-store");
  return res;
}

}  // namespace

void register_api(web::App& app) {
  app.api_doc().add_component("schemas", "Skill", api_doc::kSkillSchema);
  app.get("/api/v1/skills", tree, api_doc::kTree);
  app.get("/admin/skills.json", export_file);
}

}  // namespace comdev::skills
