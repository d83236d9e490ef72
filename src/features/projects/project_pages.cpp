// Pages to read projects: the list (filters sector, status, place; pages of 20), a project's
// page with everything about it and the forms its reader may use, its cover image and its
// printable poster.
#include "core/sectors.h"
#include "core/text.h"
#include "features/projects/project_module.h"
#include "features/projects/project_page_view.h"
#include "features/projects/project_rules.h"
#include "features/projects/project_store.h"
#include "features/projects/project_views.h"
#include "i18n/format.h"
#include "tpl/projects/list.h"
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

constexpr int kPerPage = 20;

struct Card {
  std::string id, title, summary, lang, status, carrier, place;
  std::vector<std::string> sectors;
  bool demo = false;
};
struct ListView {
  web::LayoutView layout;
  std::vector<Option> sectors, statuses, territories;
  std::vector<Card> projects;
  std::string total;
  bool can_create = false;
  std::string prev_url, next_url;
};

http::Response list(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  Filter f;
  f.sector = std::string(ctx.query.get("sector"));
  if (!core::is_sector(f.sector)) f.sector.clear();
  f.status = std::string(ctx.query.get("status"));
  if (!is_status(f.status)) f.status.clear();
  f.territory_id = parse_id(ctx.query.get("territory"));
  int page = static_cast<int>(std::min<std::int64_t>(parse_id(ctx.query.get("page")), 10000));
  if (page < 1) page = 1;
  f.limit = kPerPage + 1;  // one more tells whether a next page exists
  f.offset = (page - 1) * kPerPage;
  auto items = project_store::list(ctx.app.db(), f);
  if (!items) return web::reply_error(ctx, items.error());
  auto total = project_store::count(ctx.app.db(), f);
  if (!total) return web::reply_error(ctx, total.error());
  ListView v;
  v.sectors = sector_options(ctx.lang, {f.sector});
  v.statuses = status_options(ctx.lang, f.status);
  auto territories = territory_options(ctx, f.territory_id);
  if (!territories) return web::reply_error(ctx, territories.error());
  v.territories = std::move(*territories);
  bool more = items->size() > kPerPage;
  if (more) items->pop_back();
  for (const auto& i : *items) {
    auto shown = shown_in(i18n::code(ctx.lang), i.title, i.summary, i.lang, i.translations);
    Card c{std::to_string(i.id),
           shown.title,
           shown.summary,
           shown.lang,
           status_label(ctx.lang, i.status),
           i.carrier_name,
           place_name(ctx.lang, i.territory_fr, i.territory_ar),
           {},
           i.demo};
    for (const auto& s : i.sectors) c.sectors.push_back(sector_label(ctx.lang, s));
    v.projects.push_back(std::move(c));
  }
  v.total = i18n::format_number(ctx.lang, *total);
  auto url = [&](int p) {
    return "/projects?sector=" + f.sector + "&status=" + f.status +
           "&territory=" + std::to_string(f.territory_id) + "&page=" + std::to_string(p);
  };
  if (page > 1) v.prev_url = url(page - 1);
  if (more) v.next_url = url(page + 1);
  v.can_create = ctx.actor.signed_in();
  v.layout = web::make_layout(ctx, text(ctx.lang, "projects.title"), "projects");
  return web::render(ctx.lang, 200, [&](web::Out& out) { tpl::projects_list(out, v); });
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
  app.get("/projects", list);
  app.get("/projects/{id}", show);
  app.get("/projects/{id}/cover", cover);
  app.get("/projects/{id}/poster", poster);
}

}  // namespace comdev::projects
