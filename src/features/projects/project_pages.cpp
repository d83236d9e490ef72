// Pages to read a project (the list is project_list_page.cpp): a project's page with everything
// about it and the forms its reader may use, its cover image and its printable poster.
#include "core/sectors.h"
#include "core/text.h"
#include "features/projects/project_module.h"
#include "features/projects/project_page_view.h"
#include "features/projects/project_rules.h"
#include "features/projects/project_store.h"
#include "features/projects/project_views.h"
#include "i18n/format.h"
#include "tpl/projects/show.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/poster.h"
#include "web/share.h"

namespace comdev::projects {
namespace {

std::vector<Section>& sections() {
  static std::vector<Section> all;
  return all;
}
PosterNeeds& poster_needs_provider() {
  static PosterNeeds provider;
  return provider;
}

http::Response show(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto l = load_project(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  auto v = build_show_view(ctx, *l);
  if (!v) return web::reply_error(ctx, v.error());
  for (const auto& section : sections()) v->sections.push_back(section(ctx, l->project));
  if (ctx.query.get("reported") == "1")
    v->notice = text(ctx.lang, "projects.comments.reported_thanks");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::projects_show(out, *v); });
  // The page shows forms and buttons that depend on who reads it.
  res.header("Cache-Control", "private, no-store");
  return res;
}

http::Response cover(web::Ctx& ctx) {
  auto id = parse_id(ctx.req.param("id"));
  if (id == 0) return web::reply_error(ctx, Error::not_found());
  auto c = project_store::cover(ctx.app.db(), id);
  if (!c) return web::reply_error(ctx, c.error());
  if (!*c) return web::reply_error(ctx, Error::not_found());
  http::Response res;
  res.status = 200;
  res.body = std::move((*c)->bytes);
  res.header("Content-Type", (*c)->content_type);
  // The URL carries a version (?v=), so a new cover is a new URL.
  res.header("Cache-Control", "public, max-age=86400");
  res.header("X-Content-Type-Options", "nosniff");
  return res;
}

http::Response poster(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto l = load_project(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  const Project& p = l->project;
  auto shown =
      shown_in(i18n::code(ctx.lang), p.data.title, p.data.summary, p.data.lang, p.translations);
  web::PosterView pv;
  pv.title = shown.title;
  pv.summary = shown.summary;
  pv.place = place_name(ctx.lang, p.territory_fr, p.territory_ar);
  pv.carrier = p.carrier_name;
  pv.path = "/projects/" + std::to_string(p.id);
  if (const auto& provider = poster_needs_provider()) pv.needs = provider(ctx, p);
  return web::render_poster(ctx, pv);
}

}  // namespace

void add_project_section(Section section) {
  sections().push_back(std::move(section));
}
void add_project_section_first(Section section) {
  sections().insert(sections().begin(), std::move(section));
}
const std::vector<Section>& project_sections() {
  return sections();
}
void register_home_count(web::App& app) {
  app.add_home_count(
      {"projects.home.count", [](store::Db& db) { return project_store::count(db, Filter{}); }});
}

void set_poster_needs(PosterNeeds provider) {
  poster_needs_provider() = std::move(provider);
}

void register_pages(web::App& app) {
  register_list_page(app);
  app.get("/projects/{id}", show);
  app.get("/projects/{id}/cover", cover);
  app.get("/projects/{id}/poster", poster);
}

}  // namespace comdev::projects
