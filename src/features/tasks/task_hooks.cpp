// What the tasks feature adds to another feature: the member's overdue tasks in their next e-mail
// digest (within its one budget, never an e-mail of its own). "My tasks" is linked from the
// account page by the wiring, as the other pages of a member's own things are.
#include <mutex>

#include "features/digest/digest_sources.h"
#include "features/tasks/task_module.h"
#include "features/tasks/task_rules.h"
#include "features/tasks/task_store.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"

namespace comdev::tasks {
namespace {

// At most this many overdue tasks in one digest; the rest are on /me/tasks.
constexpr std::size_t kOverduePerDigest = 10;

Result<std::optional<digest::Extra>> overdue_tasks(store::Db& db, const digest::Candidate& member,
                                                   i18n::Lang lang, core::Seconds now) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto today = day_text(std::chrono::floor<std::chrono::days>(now));
  auto late = task_store::late(**lease, member.member_id, today);
  if (!late) return late.error();
  digest::Extra extra;
  for (const auto& t : *late) {
    if (extra.lines.size() == kOverduePerDigest) break;
    if (!overdue_since(t, member.since, now)) continue;
    extra.lines.push_back(
        {i18n::format(lang, "tasks.digest.line",
                      {{"task", t.title}, {"project", t.project_title}, {"due", t.due_on}}),
         "/projects/" + std::to_string(t.project_id) + "/tasks#t" + std::to_string(t.id)});
  }
  if (extra.lines.empty()) return std::optional<digest::Extra>{};
  extra.heading = std::string(i18n::catalogue(lang).text("tasks.digest.heading"));
  return std::optional<digest::Extra>{std::move(extra)};
}

}  // namespace

void register_hooks() {
  static std::once_flag once;
  std::call_once(once, [] { digest::add_source(overdue_tasks); });
}

}  // namespace comdev::tasks
