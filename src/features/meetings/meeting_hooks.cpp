// What the meetings feature adds to other features: the reminders in a member's next digest (a
// day before for a daily digest, a week before for a weekly one, within the digest's one budget:
// never an e-mail of its own; none for a cancelled meeting), the calendar link on the account page,
// and the upcoming meetings on the project's page for those who may read them.
#include <mutex>

#include "features/accounts/accounts_module.h"
#include "features/digest/digest_sources.h"
#include "features/meetings/meeting_actions.h"
#include "features/meetings/meeting_labels.h"
#include "features/meetings/meeting_module.h"
#include "features/meetings/meeting_rules.h"
#include "features/meetings/meeting_store.h"
#include "features/projects/project_module.h"
#include "features/teams/team_store.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"
#include "tpl/meetings/section.h"
#include "web/app.h"

namespace comdev::meetings {
namespace {

namespace ms = meeting_store;

// The longest lead of a reminder (a weekly digest's) and a day to spare.
constexpr std::chrono::days kReminderHorizon{8};
constexpr int kSectionMeetings = 3;

Result<std::optional<digest::Extra>> reminders(store::Db& db, const digest::Candidate& member,
                                               i18n::Lang lang, core::Seconds now) {
  auto since = core::parse_iso(member.since).value_or(core::Seconds{});
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto projects = teams::team_store::projects_of(**lease, member.member_id);
  if (!projects) return projects.error();
  auto list =
      ms::of_projects(**lease, *projects, core::iso(now), core::iso(now + kReminderHorizon));
  if (!list) return list.error();
  auto zone = ms::member_zone(**lease, member.member_id);
  if (!zone) return zone.error();
  digest::Extra extra;
  extra.heading = std::string(i18n::catalogue(lang).text("meetings.digest.heading"));
  for (const auto& m : *list) {
    // A cancelled meeting is never reminded (meeting_rules.h reminds()).
    if (!reminds(m, member.frequency, since, now)) continue;
    // Someone who said they will not come is not reminded.
    auto mine = ms::answer_of(**lease, m.id, member.member_id);
    if (!mine) return mine.error();
    if (*mine == Answer::no) continue;
    auto w = when_in(lang, m, zone_for(*zone));
    extra.lines.push_back({i18n::format(lang, "meetings.digest.line",
                                        {{"title", m.title},
                                         {"day", w.day},
                                         {"start", w.start},
                                         {"zone", w.zone},
                                         {"project", m.project_title}}),
                           "/meetings/" + std::to_string(m.id)});
  }
  if (extra.lines.empty()) return std::optional<digest::Extra>{};
  return std::optional<digest::Extra>{std::move(extra)};
}

std::string section(web::Ctx& ctx, const projects::Project& project) {
  if (!ctx.actor.signed_in()) return {};
  auto s = readable_project(ctx.app.db(), ctx.actor, project.id);
  if (!s) return {};  // not theirs to read: the page shows nothing of the team's meetings
  auto lease = ctx.app.db().acquire();
  if (!lease) return {};
  auto zone = ms::member_zone(**lease, ctx.actor.member_id);
  auto now = ctx.app.clock().now();
  auto list = ms::of_projects(**lease, {project.id}, core::iso(now),
                              core::iso(now + std::chrono::days{3660}));
  if (!zone || !list) return {};
  SectionView v;
  v.list_url = "/projects/" + std::to_string(project.id) + "/meetings";
  for (const auto& m : *list) {
    if (static_cast<int>(v.upcoming.size()) == kSectionMeetings) break;
    if (!upcoming(m, now)) continue;
    v.upcoming.push_back(row_of(ctx.lang, m, zone_for(*zone)));
  }
  std::string buf;
  web::Out out{buf, ctx.lang, i18n::catalogue(ctx.lang)};
  tpl::meetings_section(out, v);
  return buf;
}

}  // namespace

void register_hooks() {
  static std::once_flag once;
  std::call_once(once, [] {
    digest::add_source(reminders);
    accounts::add_account_link("/account/calendar", "meetings.calendar.title");
    projects::add_project_section(section);
  });
}

}  // namespace comdev::meetings
