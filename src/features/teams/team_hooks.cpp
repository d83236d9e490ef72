// What the teams feature adds to other features' pages and e-mails: the team section of a
// project's page (with the link to the team's workspace), the lines of its notifications on
// /notifications, and the mentions in a member's next digest.
#include <mutex>

#include "core/log.h"
#include "features/digest/digest_sources.h"
#include "features/mobilisation/mobilisation_module.h"
#include "features/projects/project_module.h"
#include "features/teams/team_labels.h"
#include "features/teams/team_module.h"
#include "features/teams/team_store.h"
#include "features/teams/team_views.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"
#include "tpl/teams/section.h"
#include "web/app.h"

namespace comdev::teams {
namespace {

// At most this many mentions in one digest; the rest are on /notifications.
constexpr int kMentionsPerDigest = 10;

std::string section(web::Ctx& ctx, const projects::Project& project) {
  auto lease = ctx.app.db().acquire();
  if (!lease) return {};
  auto team = team_store::members(**lease, project.id);
  if (!team) {
    // The project's page stays readable without its team section.
    log::warn("teams.section_failed", {{"detail", team.error().detail}});
    return {};
  }
  SectionView v;
  v.team_url = "/projects/" + std::to_string(project.id) + "/team";
  for (const auto& m : *team) {
    v.members.push_back({m.display_name, "/members/" + std::to_string(m.member_id),
                         kind_label(ctx.lang, m.kind), m.title});
  }
  std::string buf;
  web::Out out{buf, ctx.lang, i18n::catalogue(ctx.lang)};
  tpl::teams_section(out, v);
  return buf;
}

mobilisation::NotificationLine line(i18n::Lang lang, const mobilisation::Notification& n) {
  mobilisation::NotificationLine l;
  l.text = notification_text(lang, n.kind, n.project_title, n.other_name);
  l.url = n.thread_id ? "/threads/" + std::to_string(n.thread_id)
                      : "/projects/" + std::to_string(n.project_id) + "/team";
  return l;
}

Result<std::optional<digest::Extra>> mentions(store::Db& db, const digest::Candidate& member,
                                              i18n::Lang lang, core::Seconds) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto list =
      team_store::mentions_since(**lease, member.member_id, member.since, kMentionsPerDigest);
  if (!list) return list.error();
  if (list->empty()) return std::optional<digest::Extra>{};
  digest::Extra extra;
  extra.heading = std::string(i18n::catalogue(lang).text("teams.digest.mentions"));
  for (const auto& m : *list) {
    extra.lines.push_back(
        {i18n::format(
             lang, "teams.digest.mention",
             {{"other", m.by_name}, {"thread", m.thread_title}, {"project", m.project_title}}),
         "/threads/" + std::to_string(m.thread_id)});
  }
  return std::optional<digest::Extra>{std::move(extra)};
}

}  // namespace

void register_hooks() {
  static std::once_flag once;
  std::call_once(once, [] {
    projects::add_project_section(section);
    for (const char* kind : {kJoinRequested, kJoinAccepted, kJoinDeclined, kMentioned}) {
      mobilisation::add_notification_kind(kind, line);
    }
    digest::add_source(mentions);
  });
}

}  // namespace comdev::teams
