// The projects API:
//   GET   /api/v1/projects?sector=&status=&territory=&page=&per_page=  → a page of projects
//   POST  /api/v1/projects         (bearer token) body: {"title", "summary", "description_md",
//         "lang", "status", "carrier_id", "territory_id", "lat", "lon", "sectors": [],
//         "partners": [{"organisation_id", "role"}], "plan_action_id"} → 201 and the project
//   GET   /api/v1/projects/{id}    → the project
//   PATCH /api/v1/projects/{id}    (bearer token) the fields to change, same names; not status
// The JSON is turned into the fields of the HTML form, so both refuse the same input with the
// same messages. Writes need a bearer token: a browser's cookie is not enough (no CSRF token).
#include <nlohmann/json.hpp>

#include "core/sectors.h"
#include "features/projects/project_api_doc.h"
#include "features/projects/project_forms.h"
#include "features/projects/project_module.h"
#include "features/projects/project_rules.h"
#include "features/projects/project_store.h"
#include "features/projects/project_views.h"
#include "features/territories/territory_store.h"
#include "web/errors.h"

namespace comdev::projects {
namespace {

using nlohmann::json;

json translations_json(const std::vector<Translation>& ts) {
  json out = json::object();
  for (const auto& t : ts) out[t.lang] = {{"title", t.title}, {"summary", t.summary}};
  return out;
}

json project_json(const Project& p) {
  const auto& d = p.data;
  json partners = json::array();
  for (const auto& pa : d.partners) {
    partners.push_back(
        {{"organisation_id", pa.organisation_id}, {"name", pa.name}, {"role", pa.role}});
  }
  return {
      {"id", p.id},
      {"title", d.title},
      {"summary", d.summary},
      {"description_md", d.description_md},
      {"lang", d.lang},
      {"status", d.status},
      {"carrier", {{"id", d.carrier_id}, {"name", p.carrier_name}}},
      {"territory",
       {{"id", d.territory_id}, {"name_fr", p.territory_fr}, {"name_ar", p.territory_ar}}},
      {"lat", d.lat ? json(*d.lat) : json()},
      {"lon", d.lon ? json(*d.lon) : json()},
      {"sectors", d.sectors},
      {"partners", partners},
      {"plan_action_id", d.plan_action_id ? json(d.plan_action_id) : json()},
      {"cover_url", p.has_cover ? json("/projects/" + std::to_string(p.id) + "/cover") : json()},
      {"translations", translations_json(p.translations)},
      {"url", "/projects/" + std::to_string(p.id)},
      {"demo", p.demo},
      {"created_at", p.created_at},
      {"updated_at", p.updated_at}};
}

// The form fields of a project, from its stored data (PATCH starts from them).
http::Form form_of(const ProjectData& d) {
  http::Form f;
  f.add("title", d.title);
  f.add("summary", d.summary);
  f.add("description_md", d.description_md);
  f.add("lang", d.lang);
  f.add("status", d.status);
  f.add("carrier", std::to_string(d.carrier_id));
  f.add("territory", std::to_string(d.territory_id));
  if (d.lat && d.lon) {
    f.add("lat", std::to_string(*d.lat));
    f.add("lon", std::to_string(*d.lon));
  }
  for (const auto& s : d.sectors) f.add("sectors", s);
  for (const auto& p : d.partners) {
    f.add("partner_org", std::to_string(p.organisation_id));
    f.add("partner_role", p.role);
  }
  if (d.plan_action_id) f.add("plan_action", std::to_string(d.plan_action_id));
  return f;
}

std::string scalar(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<std::int64_t>());
  if (v.is_number()) return v.dump();
  return "\x01";  // a wrong JSON type: a value no field accepts
}

// Overlays the JSON body on `base`: a key present replaces that field (null clears it).
Result<http::Form> merge(std::string_view body, const http::Form& base) {
  auto doc = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) return Error::invalid("errors.bad_request");
  struct Field {
    const char* json_name;
    const char* form_name;
  };
  constexpr Field kScalars[] = {{"title", "title"},
                                {"summary", "summary"},
                                {"description_md", "description_md"},
                                {"lang", "lang"},
                                {"status", "status"},
                                {"carrier_id", "carrier"},
                                {"territory_id", "territory"},
                                {"lat", "lat"},
                                {"lon", "lon"},
                                {"plan_action_id", "plan_action"}};
  http::Form out;
  auto taken = [&](std::string_view form_name) {
    if (form_name == "sectors") return doc.contains("sectors");
    if (form_name == "partner_org" || form_name == "partner_role") return doc.contains("partners");
    for (const auto& f : kScalars) {
      if (form_name == f.form_name) return doc.contains(f.json_name);
    }
    return false;
  };
  for (const auto& [name, value] : base.fields()) {
    if (!taken(name)) out.add(name, value);
  }
  for (const auto& f : kScalars) {
    if (auto it = doc.find(f.json_name); it != doc.end() && !it->is_null()) {
      out.add(f.form_name, scalar(*it));
    }
  }
  if (auto it = doc.find("sectors"); it != doc.end()) {
    if (!it->is_array())
      return Error::invalid("errors.invalid", {{"sectors", "projects.errors.sectors"}});
    for (const auto& s : *it) out.add("sectors", scalar(s));
  }
  if (auto it = doc.find("partners"); it != doc.end()) {
    if (!it->is_array()) {
      return Error::invalid("errors.invalid", {{"partners", "projects.errors.partners"}});
    }
    for (const auto& p : *it) {
      if (!p.is_object()) {
        return Error::invalid("errors.invalid", {{"partners", "projects.errors.partners"}});
      }
      out.add("partner_org", scalar(p.value("organisation_id", json())));
      out.add("partner_role", p.contains("role") ? scalar(p["role"]) : "");
    }
  }
  return out;
}

http::Response list(web::Ctx& ctx) {
  Filter f;
  std::vector<FieldError> bad;
  f.sector = std::string(ctx.query.get("sector"));
  if (!f.sector.empty() && !core::is_sector(f.sector)) {
    bad.push_back({"sector", "projects.errors.sectors"});
  }
  f.status = std::string(ctx.query.get("status"));
  if (!f.status.empty() && !is_status(f.status))
    bad.push_back({"status", "projects.errors.status"});
  std::string territory(ctx.query.get("territory"));
  if (!territory.empty()) {
    auto id = territories::territory_store::id_from_param(ctx.app.db(), territory);
    if (!id) return web::reply_error(ctx, id.error());
    f.territory_id = *id;
    if (f.territory_id == 0) bad.push_back({"territory", "projects.errors.territory"});
  }
  auto page = ctx.query.get("page").empty() ? 1 : parse_id(ctx.query.get("page"));
  auto per_page = ctx.query.get("per_page").empty() ? 20 : parse_id(ctx.query.get("per_page"));
  if (page < 1 || page > 100000) bad.push_back({"page", "errors.invalid"});
  if (per_page < 1 || per_page > 100) bad.push_back({"per_page", "errors.invalid"});
  if (!bad.empty()) return web::reply_error(ctx, Error::invalid("errors.invalid", std::move(bad)));
  f.limit = static_cast<int>(per_page);
  f.offset = static_cast<int>((page - 1) * per_page);
  auto items = project_store::list(ctx.app.db(), f);
  if (!items) return web::reply_error(ctx, items.error());
  auto total = project_store::count(ctx.app.db(), f);
  if (!total) return web::reply_error(ctx, total.error());
  json out = json::array();
  for (const auto& i : *items) {
    out.push_back({{"id", i.id},
                   {"title", i.title},
                   {"summary", i.summary},
                   {"lang", i.lang},
                   {"status", i.status},
                   {"carrier", i.carrier_name},
                   {"territory", {{"name_fr", i.territory_fr}, {"name_ar", i.territory_ar}}},
                   {"sectors", i.sectors},
                   {"translations", translations_json(i.translations)},
                   {"url", "/projects/" + std::to_string(i.id)},
                   {"demo", i.demo}});
  }
  json body{{"projects", out}, {"page", page}, {"per_page", per_page}, {"total", *total}};
  return http::Response::json(body.dump());
}

http::Response reply_project(web::Ctx& ctx, std::int64_t id, int status) {
  auto p = project_store::find(ctx.app.db(), id);
  if (!p) return web::reply_error(ctx, p.error());
  if (!*p) return web::reply_error(ctx, Error::not_found());
  auto res = http::Response::json(project_json(**p).dump(), status);
  if (status == 201) res.header("Location", "/api/v1/projects/" + std::to_string(id));
  return res;
}

http::Response create(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto form = merge(ctx.req.body, http::Form{});
  if (!form) return web::reply_error(ctx, form.error());
  auto d = parse_project(*form);
  if (!d) return web::reply_error(ctx, d.error());
  auto allowed = can(ctx.actor, Action::create, subject_for(ctx, d->carrier_id));
  if (!allowed) return web::reply_error(ctx, allowed.forbidden());
  auto id = project_store::create(ctx.app.db(), ctx.actor.member_id, *d);
  if (!id) return web::reply_error(ctx, id.error());
  return reply_project(ctx, *id, 201);
}

http::Response show(web::Ctx& ctx) {
  auto id = parse_id(ctx.req.param("id"));
  if (id == 0) return web::reply_error(ctx, Error::not_found());
  return reply_project(ctx, id, 200);
}

http::Response patch(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto l = load_project(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  auto allowed = can(ctx.actor, Action::edit, l->subject);
  if (!allowed) return web::reply_error(ctx, allowed.forbidden());
  auto form = merge(ctx.req.body, form_of(l->project.data));
  if (!form) return web::reply_error(ctx, form.error());
  auto d = parse_project(*form);
  if (!d) return web::reply_error(ctx, d.error());
  if (d->status != l->project.data.status) {
    // The lifecycle is dated step by step: it moves through the page's status form.
    return web::reply_error(
        ctx, Error::invalid("errors.invalid", {{"status", "projects.errors.status_via_form"}}));
  }
  if (d->carrier_id != l->project.data.carrier_id) {
    auto to = can(ctx.actor, Action::create, subject_for(ctx, d->carrier_id));
    if (!to) return web::reply_error(ctx, to.forbidden());
  }
  auto st = project_store::update(ctx.app.db(), ctx.actor.member_id, l->project.id, *d);
  if (!st) return web::reply_error(ctx, st.error());
  return reply_project(ctx, l->project.id, 200);
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/projects", list, api_doc::kList);
  app.post("/api/v1/projects", create, api_doc::kCreate);
  app.get("/api/v1/projects/{id:int}", show, api_doc::kShow);
  app.route(http::Method::patch, "/api/v1/projects/{id:int}", patch, api_doc::kPatch);
}

}  // namespace comdev::projects
