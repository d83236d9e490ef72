// The needs API:
//   POST /api/v1/projects/{id}/needs  (bearer token of a member who may write the project's needs)
//        body: {"kind", "title", "description"?, skill: "mode", "period_start"?, "period_end"?,
//        "effort_days"?, "skills": [{"slug" or "id", "level"}], "languages"?: ["fr", …];
//        funding: "amount_minor", "currency"; material: "item", "quantity"}
//        → 201 with the need, or {"error":{code,message,fields}} (422 names each bad field).
//   GET  /api/v1/needs/{id} → the need with its project.
// The same checks as the form (need_rules' check()), so both doors refuse the same things.
#include <nlohmann/json.hpp>

#include "features/needs/need_api_doc.h"
#include "features/needs/need_forms.h"
#include "features/needs/need_module.h"
#include "features/needs/need_page_util.h"
#include "features/needs/need_permissions.h"
#include "features/needs/need_rules.h"
#include "features/needs/need_store.h"
#include "web/app.h"
#include "web/errors.h"

namespace comdev::needs {
namespace {

using nlohmann::json;

nlohmann::json need_json(const Need& n, const ProjectRef& p, std::span<const SkillRef> known) {
  const auto& d = n.data;
  json j{{"id", n.id},
         {"url", "/needs/" + std::to_string(n.id)},
         {"project", {{"id", p.id}, {"title", p.title}, {"carrier", p.carrier_name}}},
         {"kind", d.kind},
         {"title", d.title},
         {"description", d.description},
         {"status", n.status},
         {"demo", n.demo},
         {"created_at", n.created_at},
         {"updated_at", n.updated_at}};
  if (d.kind == "skill") {
    json skills = json::array();
    for (const auto& s : d.skills) {
      std::string name_fr;
      for (const auto& k : known) {
        if (k.id == s.skill_id) name_fr = k.name_fr;
      }
      skills.push_back(
          {{"id", s.skill_id}, {"slug", s.slug}, {"level", s.level}, {"name", name_fr}});
    }
    j["skills"] = skills;
    j["mode"] = d.mode;
    j["period_start"] = d.period_start.empty() ? json() : json(d.period_start);
    j["period_end"] = d.period_end.empty() ? json() : json(d.period_end);
    j["effort_days"] = d.effort_days ? json(*d.effort_days) : json();
    j["languages"] = d.languages;
  } else if (d.kind == "funding") {
    j["amount_minor"] = d.amount_minor.value_or(0);
    j["currency"] = d.currency;
  } else if (d.kind == "material") {
    j["item"] = d.item;
    j["quantity"] = d.quantity.value_or(0);
  }
  return j;
}

// Reads the body into a NeedData; a value of the wrong JSON type is a field error, as a typo in
// a form would be.
Result<NeedData> read_body(std::string_view body, std::span<const SkillRef> known) {
  auto doc = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) return Error::invalid("errors.bad_request");
  std::vector<FieldError> errors;
  auto str = [&](const char* name) -> std::string {
    auto it = doc.find(name);
    if (it == doc.end() || it->is_null()) return {};
    if (!it->is_string()) {
      errors.push_back({name, "errors.invalid"});
      return {};
    }
    return it->get<std::string>();
  };
  auto integer = [&](const char* name, const char* message) -> std::optional<std::int64_t> {
    auto it = doc.find(name);
    if (it == doc.end() || it->is_null()) return std::nullopt;
    if (!it->is_number_integer()) {
      errors.push_back({name, message});
      return std::nullopt;
    }
    return it->get<std::int64_t>();
  };
  NeedData d;
  d.kind = str("kind");
  d.title = str("title");
  d.description = str("description");
  d.mode = str("mode");
  d.period_start = str("period_start");
  d.period_end = str("period_end");
  d.effort_days = integer("effort_days", "needs.errors.effort_days");
  d.currency = str("currency");
  d.item = str("item");
  d.amount_minor = integer("amount_minor", "needs.errors.amount");
  d.quantity = integer("quantity", "needs.errors.quantity");
  if (auto it = doc.find("skills"); it != doc.end() && !it->is_null()) {
    bool bad = !it->is_array();
    if (!bad) {
      for (const auto& s : *it) {
        if (!s.is_object()) {
          bad = true;
          break;
        }
        NeedSkill ns;
        if (auto id = s.find("id"); id != s.end() && id->is_number_integer()) {
          ns.skill_id = id->get<std::int64_t>();
          if (ns.skill_id <= 0) ns.skill_id = -1;  // never matches a skill: reported unknown
        } else if (auto slug = s.find("slug"); slug != s.end() && slug->is_string()) {
          ns.slug = slug->get<std::string>();
        } else {
          ns.skill_id = -1;
        }
        if (auto level = s.find("level"); level != s.end() && level->is_string()) {
          ns.level = level->get<std::string>();
        }
        d.skills.push_back(std::move(ns));
      }
    }
    if (bad) errors.push_back({"skills", "needs.errors.skill_unknown"});
  }
  if (auto it = doc.find("languages"); it != doc.end() && !it->is_null()) {
    if (!it->is_array()) {
      errors.push_back({"languages", "needs.errors.language"});
    } else {
      for (const auto& l : *it) d.languages.push_back(l.is_string() ? l.get<std::string>() : "?");
    }
  }
  auto more = check(d, known);
  for (auto& e : more) {
    bool dup = false;
    for (const auto& prev : errors) dup = dup || prev.field == e.field;
    if (!dup) errors.push_back(std::move(e));
  }
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return d;
}

http::Response create(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto p = project_of(ctx);
  if (!p) return web::reply_error(ctx, p.error());
  if (auto d = can(ctx.actor, Action::create, subject_for(ctx, *p)); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto known = need_store::skills(ctx.app.db());
  if (!known) return web::reply_error(ctx, known.error());
  auto data = read_body(ctx.req.body, *known);
  if (!data) return web::reply_error(ctx, data.error());
  auto id = need_store::create(ctx.app.db(), ctx.actor.member_id, p->id, *data);
  if (!id) return web::reply_error(ctx, id.error());
  auto n = need_store::find(ctx.app.db(), *id);
  if (!n) return web::reply_error(ctx, n.error());
  if (!*n) return web::reply_error(ctx, Error::internal("need vanished after its creation"));
  auto res = http::Response::json(need_json(**n, *p, *known).dump(), 201);
  res.header("Location", "/api/v1/needs/" + std::to_string(*id));
  return res;
}

http::Response show(web::Ctx& ctx) {
  auto l = need_of(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  auto known = need_store::skills(ctx.app.db());
  if (!known) return web::reply_error(ctx, known.error());
  return http::Response::json(need_json(l->need, l->project, *known).dump());
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.post("/api/v1/projects/{id:int}/needs", create, api_doc::kCreate);
  app.get("/api/v1/needs/{id:int}", show, api_doc::kShow);
}

}  // namespace comdev::needs
