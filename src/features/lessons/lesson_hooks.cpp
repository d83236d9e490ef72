// What the lessons feature adds to a project's page: its lessons-learned sheet (to whoever may
// read it) or, once the project is finished, the button that starts one (to the team's writers).
#include <mutex>

#include "core/log.h"
#include "features/lessons/lesson_actions.h"
#include "features/lessons/lesson_labels.h"
#include "features/lessons/lesson_module.h"
#include "features/lessons/lesson_permissions.h"
#include "features/lessons/lesson_store.h"
#include "features/lessons/lesson_views.h"
#include "features/projects/project_module.h"
#include "tpl/lessons/section.h"
#include "web/app.h"

namespace comdev::lessons {
namespace {

std::string section(web::Ctx& ctx, const projects::Project& project) {
  Result<std::optional<Sheet>> sheet = Error::internal("not read");
  Result<teams::Standing> standing = Error::internal("not read");
  {
    auto lease = ctx.app.db().acquire();
    if (!lease) return {};
    sheet = lesson_store::find_by_project(**lease, project.id);
    standing = teams::standing(**lease, ctx.actor, project.id);
  }
  if (!sheet || !standing) {
    // The project's page stays readable without this section.
    log::warn("lessons.section_failed", {{"project", project.id}});
    return {};
  }
  ProjectSectionView v;
  if (*sheet) {
    const Sheet& s = **sheet;
    if (!can(ctx.actor, Action::view, {standing->role, s.state})) return {};
    v.has_sheet = true;
    v.sheet_url = "/lessons/" + std::to_string(s.id);
    v.sheet_title = s.text.title;
    v.state_label = state_label(ctx.lang, s.state);
  } else {
    bool finished = project_finished(project.status());
    v.can_start = can(ctx.actor, Action::start, {standing->role, State::draft, finished}).allowed;
    // Before the end of the project there is nothing to say yet.
    if (!finished) return {};
    if (v.can_start) {
      auto csrf = ctx.csrf_token();
      if (!csrf) return {};
      v.csrf = *csrf;
      v.start_action = "/projects/" + std::to_string(project.id) + "/lesson";
    }
  }
  std::string buf;
  web::Out out{buf, ctx.lang, i18n::catalogue(ctx.lang)};
  tpl::lessons_section(out, v);
  return buf;
}

}  // namespace

void register_hooks() {
  static std::once_flag once;
  std::call_once(once, [] { projects::add_project_section(section); });
}

}  // namespace comdev::lessons
