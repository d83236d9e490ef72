#include "features/activity/activity_rules.h"

namespace comdev::activity {

VisitStep next_visit(const std::optional<Visit>& last, core::Seconds now) {
  if (!last) return {"", Visit{now, ""}};
  if (now - last->seen_at >= kVisitGap) {
    // A new visit: what came after the previous look is news for the whole of it.
    std::string since = core::iso(last->seen_at);
    return {since, Visit{now, since}};
  }
  VisitStep step{last->since_at, std::nullopt};
  if (now - last->seen_at >= kSeenRefresh) step.write = Visit{now, last->since_at};
  return step;
}

}  // namespace comdev::activity
