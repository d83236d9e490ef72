// The lessons API: the published sheets with the list's filters and search, and one sheet (a
// draft only for its team and the community's animators, by bearer token):
//   GET /api/v1/lessons?q=&sector=&region=&commune=&actor_type=&page= → {lessons, page, per_page,
//   total} GET /api/v1/lessons/{id}                                          → the sheet
// The same policy and use cases as the pages (lesson_actions.h).
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "features/lessons/lesson_actions.h"
#include "features/lessons/lesson_api_doc.h"
#include "features/lessons/lesson_forms.h"
#include "features/lessons/lesson_module.h"
#include "features/lessons/lesson_store.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/markdown.h"

namespace comdev::lessons {
namespace {

using nlohmann::json;

json id_or_null(std::int64_t id) {
  return id ? json(id) : json();
}

json summary_json(const Sheet& s, const Place& place) {
  return {{"id", s.id},
          {"project_id", s.project_id},
          {"state", std::string(name(s.state))},
          {"title", s.text.title},
          {"lang", s.text.lang},
          {"period", s.text.period},
          {"sectors", s.text.sectors},
          {"place",
           {{"territory_id", id_or_null(s.text.territory_id)},
            {"name_fr", s.territory_fr},
            {"name_ar", s.territory_ar},
            {"commune_id", id_or_null(place.commune_id)},
            {"region_id", id_or_null(place.region_id)}}},
          {"carrier", {{"id", s.carrier_id}, {"name", s.carrier_name}, {"type", s.carrier_type}}},
          {"demo", s.demo},
          {"published_at", s.published_at.empty() ? json() : json(s.published_at)},
          {"url", "/lessons/" + std::to_string(s.id)}};
}

http::Response list_api(web::Ctx& ctx, Service service) {
  service.follower.catch_up({kLesson});
  auto f = parse_filter(ctx.query);
  auto page = list_published(ctx.app.db(), service.index, f);
  if (!page) return web::reply_error(ctx, page.error());
  json out = json::array();
  for (const auto& item : page->items) out.push_back(summary_json(item.sheet, item.place));
  json body{{"lessons", out}, {"page", f.page}, {"per_page", kPerPage}, {"total", page->total}};
  return http::Response::json(body.dump());
}

http::Response show_api(web::Ctx& ctx) {
  auto id = core::parse_id(ctx.req.param("id"));
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  const Sheet& s = a->sheet;
  Tree tree;
  {
    auto lease = ctx.app.db().acquire();
    if (!lease) return web::reply_error(ctx, lease.error());
    auto rows = lesson_store::territories(**lease);
    if (!rows) return web::reply_error(ctx, rows.error());
    for (const auto& r : *rows) tree[r.id] = r.node;
  }
  json body = summary_json(s, place_of(s.text.territory_id, tree));
  json sections = json::object();
  for (std::size_t i = 0; i < kSections.size(); ++i) {
    const auto& md = s.text.body[i];
    sections[std::string(kSections[i])] = {
        {"markdown", md}, {"html", md.empty() ? std::string() : web::markdown_to_html(md)}};
  }
  body["sections"] = sections;
  body["review_note"] = s.state == State::draft ? s.review_note : std::string();
  body["reuses"] = s.reuses;
  return http::Response::json(body.dump());
}

}  // namespace

void register_api(web::App& app, Service service) {
  api_doc::describe_components(app.api_doc());
  app.get(
      "/api/v1/lessons", [service](web::Ctx& ctx) { return list_api(ctx, service); },
      api_doc::kList);
  app.get("/api/v1/lessons/{id:int}", show_api, api_doc::kShow);
}

}  // namespace comdev::lessons
