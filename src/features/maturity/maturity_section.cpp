// What the maturity path adds to the project's page: the path as a row of stages, where the
// project stands and what its next stage still lacks — the clearest invitation to help — and the
// gate of the page's status form, which refuses a move into an incomplete checklist.
#include <mutex>

#include "core/log.h"
#include "features/maturity/maturity_actions.h"
#include "features/maturity/maturity_labels.h"
#include "features/maturity/maturity_module.h"
#include "features/maturity/maturity_permissions.h"
#include "features/maturity/maturity_rules.h"
#include "features/projects/project_module.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"
#include "tpl/maturity/section.h"
#include "web/app.h"

namespace comdev::maturity {
namespace {

std::string section(web::Ctx& ctx, const projects::Project& project) {
  auto a = read_path(ctx.app.db(), ctx.actor, project.id);
  if (!a) {
    // The project's page stays readable without its path.
    log::warn("maturity.section_failed", {{"detail", a.error().detail}});
    return {};
  }
  const Path& p = a->path;
  SectionView v;
  v.steps = steps(ctx.lang, p.current);
  v.where = where_text(ctx.lang, p.current);
  auto base = "/projects/" + std::to_string(project.id);
  v.page_url = base + "/maturity";
  v.team_url = base + "/team";
  v.needs_url = base + "#needs";
  v.can_manage = can(ctx.actor, Action::tick, {a->standing.role}).allowed;
  auto next = next_stage(p.current);
  if (!next.empty()) {
    v.next_heading =
        i18n::format(ctx.lang, "maturity.section.next", {{"stage", stage_label(ctx.lang, next)}});
    const auto& checklist = p.stages[static_cast<std::size_t>(stage_index(next))];
    v.items = item_rows(ctx.lang, checklist.items, false, "");
    auto missing = missing_for(p, p.current, next).size();
    v.complete = missing == 0;
    if (missing) v.missing_text = missing_text(ctx.lang, missing);
  }
  std::string buf;
  web::Out out{buf, ctx.lang, i18n::catalogue(ctx.lang)};
  tpl::maturity_section(out, v);
  return buf;
}

}  // namespace

void register_hooks() {
  static std::once_flag once;
  std::call_once(once, [] {
    projects::add_project_section_first(section);
    projects::set_status_gate(
        [](web::Ctx& ctx, std::int64_t project_id, const std::string& from, const std::string& to) {
          return check_move(ctx.app.db(), project_id, from, to);
        });
  });
}

}  // namespace comdev::maturity
