#include "features/needs/need_section.h"

#include <mutex>

#include "features/needs/need_module.h"
#include "features/needs/need_page_util.h"
#include "features/needs/need_permissions.h"
#include "features/needs/need_store.h"
#include "features/needs/need_views.h"
#include "i18n/catalogue.h"
#include "tpl/needs/section.h"
#include "web/app.h"
#include "web/render.h"

#ifdef COMDEV_NEEDS_WITH_PROJECTS
#include "features/projects/project_module.h"
#endif

namespace comdev::needs {
namespace {

struct SectionView {
  std::vector<NeedCard> needs;
  bool can_add = false;
  std::string add_url;
};

}  // namespace

Result<std::string> project_section_html(web::Ctx& ctx, std::int64_t project_id) {
  auto p = need_store::project(ctx.app.db(), project_id);
  if (!p) return p.error();
  if (!*p) return std::string{};
  auto list = need_store::for_project(ctx.app.db(), project_id);
  if (!list) return list.error();
  auto known = need_store::skills_of_project(ctx.app.db(), project_id);
  if (!known) return known.error();
  SectionView v;
  for (const auto& n : *list) v.needs.push_back(card(ctx.lang, n, *known));
  v.can_add = can(ctx.actor, Action::create, subject_for(ctx, **p)).allowed;
  v.add_url = "/projects/" + std::to_string(project_id) + "/needs/new";
  std::string buf;
  web::Out out{buf, ctx.lang, i18n::catalogue(ctx.lang)};
  tpl::needs_section(out, v);
  return buf;
}

std::vector<web::PosterNeed> poster_needs(web::Ctx& ctx, std::int64_t project_id) {
  std::vector<web::PosterNeed> out;
  auto list = need_store::for_project(ctx.app.db(), project_id);
  if (!list) return out;  // the poster prints without its needs rather than not at all
  for (const auto& n : *list) {
    if (n.status == "open" || n.status == "discussion") {
      out.push_back({kind_label(ctx.lang, n.data.kind), n.data.title});
    }
  }
  return out;
}

void register_home_count(web::App& app) {
  app.add_home_count({"needs.home.count", need_store::count_open});
}

void register_project_section() {
#ifdef COMDEV_NEEDS_WITH_PROJECTS
  // The hooks are process-wide and the handlers stateless (the database comes with the request):
  // register once, even when several applications are built in one process (tests).
  static std::once_flag once;
  std::call_once(once, [] {
    projects::add_project_section([](web::Ctx& ctx, const projects::Project& p) -> std::string {
      auto html = project_section_html(ctx, p.id);
      // A section that cannot be read leaves the project page readable without it.
      return html ? *html : std::string{};
    });
    projects::set_poster_needs(
        [](web::Ctx& ctx, const projects::Project& p) { return poster_needs(ctx, p.id); });
  });
#endif
}

}  // namespace comdev::needs
