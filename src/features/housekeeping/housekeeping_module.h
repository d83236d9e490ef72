// Housekeeping: the daily purge of what the platform keeps only for its own running, by the
// retention periods of housekeeping_rules.h (settings COMDEV_RETENTION_*). Run by the shared
// scheduler on one instance at a time, and by `comdev purge` for instances run from cron. There
// is no page and no user action: nothing to permit.
#pragma once

#include "core/result.h"
#include "features/housekeeping/housekeeping_rules.h"
#include "features/housekeeping/housekeeping_store.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::housekeeping {

// One purge at `now`; logs what it erased (counts only) or why it stopped.
Result<housekeeping_store::Purged> purge(store::Db& db, const Retention& r, core::Seconds now);

// Registers the purge with the application's scheduler, every 6 hours.
void register_module(web::App& app, const Retention& r);

}  // namespace comdev::housekeeping
