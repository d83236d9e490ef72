// What the decisions feature adds to another feature: the outcomes of the decisions of a
// member's teams, in their next e-mail digest (within its one budget, never an e-mail of its
// own): the closing job records them at the deadline, the digest tells them at its own pace.
#include <mutex>

#include "features/decisions/decision_module.h"
#include "features/decisions/decision_store.h"
#include "features/digest/digest_sources.h"
#include "features/teams/team_store.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"

namespace comdev::decisions {
namespace {

// At most this many outcomes in one digest; the rest are in each project's decision log.
constexpr int kOutcomesPerDigest = 10;

Result<std::optional<digest::Extra>> outcomes(store::Db& db, const digest::Candidate& member,
                                              i18n::Lang lang, core::Seconds now) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto projects = teams::team_store::projects_of(**lease, member.member_id);
  if (!projects) return projects.error();
  auto closed = decision_store::closed_between(**lease, *projects, member.since, core::iso(now),
                                               kOutcomesPerDigest);
  if (!closed) return closed.error();
  if (closed->empty()) return std::optional<digest::Extra>{};
  const auto& cat = i18n::catalogue(lang);
  digest::Extra extra;
  extra.heading = std::string(cat.text("decisions.digest.heading"));
  for (const auto& p : *closed) {
    if (!p.outcome) continue;
    auto outcome = std::string(cat.text("decisions.outcome." + std::string(name(*p.outcome))));
    extra.lines.push_back(
        {i18n::format(lang, "decisions.digest.line", {{"title", p.title}, {"outcome", outcome}}),
         "/decisions/" + std::to_string(p.id)});
  }
  if (extra.lines.empty()) return std::optional<digest::Extra>{};
  return std::optional<digest::Extra>{std::move(extra)};
}

}  // namespace

void register_hooks() {
  static std::once_flag once;
  std::call_once(once, [] { digest::add_source(outcomes); });
}

}  // namespace comdev::decisions
