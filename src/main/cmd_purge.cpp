#include <cstdio>

#include "core/time.h"
#include "features/invitations/invitation_module.h"
#include "main/commands.h"
#include "main/wiring.h"

namespace comdev {

// Erases what must not outlive its time: invitations left unanswered for 60 days. `serve` does
// it hourly by itself; this is for cron on instances that are not always running.
int cmd_purge(const Config& config) {
  auto db = open_database(config);
  if (!db) return fail("purge", db.error());
  auto n = invitations::purge(**db, core::now());
  if (!n) return fail("purge", n.error());
  std::printf("expired invitations erased: %lld\n", static_cast<long long>(*n));
  return 0;
}

}  // namespace comdev
