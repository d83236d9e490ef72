#include "features/home/home_pages.h"

#include "features/projects/project_rules.h"
#include "features/projects/project_store.h"
#include "i18n/message.h"
#include "tpl/home/index.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::home {
namespace {

struct CommunityView {
  std::string name, territory, description;
};
struct CountView {
  std::string text;
};
// One of the latest projects, in the projects entry.
struct ProjectLink {
  std::string url, title, lang;
};
struct HomeView {
  web::LayoutView layout;
  CommunityView community;
  std::vector<ProjectLink> projects;
  std::vector<CountView> counts;
  std::vector<CommunityView> others;
};

CommunityView view_of(const communities::Community& c, i18n::Lang lang) {
  return {c.name.in(lang), c.territory.in(lang), c.description.in(lang)};
}

http::Response show(web::Ctx& ctx, communities::Directory& directory) {
  HomeView v;
  auto all = directory.all();
  if (all->empty()) {
    v.community.name = std::string(i18n::catalogue(ctx.lang).text("site.name"));
    v.community.description = std::string(i18n::catalogue(ctx.lang).text("site.tagline"));
  } else {
    v.community = view_of(all->front(), ctx.lang);
    for (std::size_t i = 1; i < all->size(); ++i) v.others.push_back(view_of((*all)[i], ctx.lang));
  }
  for (const auto& c : ctx.app.home_counts()) {
    auto n = c.count(ctx.app.db());
    if (!n) return web::reply_error(ctx, n.error());
    v.counts.push_back({i18n::plural(ctx.lang, c.plural_key, *n)});
  }
  auto latest = projects::project_store::latest(ctx.app.db(), 3);
  if (!latest) return web::reply_error(ctx, latest.error());
  for (const auto& p : *latest) {
    auto shown =
        projects::shown_in(i18n::code(ctx.lang), p.title, p.summary, p.lang, p.translations);
    v.projects.push_back({"/projects/" + std::to_string(p.id), shown.title, shown.lang});
  }
  v.layout = web::make_layout(ctx, "", "home");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::home_index(out, v); });
  res.header("Cache-Control", "no-cache");
  return res;
}

}  // namespace

void register_module(web::App& app, communities::Directory& directory) {
  app.get("/", [&directory](web::Ctx& ctx) { return show(ctx, directory); });
}

}  // namespace comdev::home
