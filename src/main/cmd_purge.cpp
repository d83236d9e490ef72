#include <cstdio>

#include "core/time.h"
#include "features/housekeeping/housekeeping_module.h"
#include "features/invitations/invitation_module.h"
#include "main/commands.h"
#include "main/wiring.h"

namespace comdev {

// Erases what must not outlive its time: invitations left unanswered for 60 days, and what the
// platform keeps only for its running past its retention (docs/privacy.md). `serve` does it by
// itself; this is for cron on instances that are not always running.
int cmd_purge(const Config& config) {
  auto retention = housekeeping::retention_from(process_env);
  if (!retention) return fail("purge", retention.error());
  auto db = open_database(config);
  if (!db) return fail("purge", db.error());
  auto n = invitations::purge(**db, core::now());
  if (!n) return fail("purge", n.error());
  std::printf("expired invitations erased: %lld\n", static_cast<long long>(*n));
  auto done = housekeeping::purge(**db, *retention, core::now());
  if (!done) return fail("purge", done.error());
  for (const auto& [what, count] : *done) {
    std::printf("%s erased: %lld\n", what.c_str(), static_cast<long long>(count));
  }
  return 0;
}

}  // namespace comdev
