// The invitations feature: a commune's diaspora list (record, CSV import), the invited person's
// accept/refuse page, and the purge of invitations left unanswered for 60 days.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "core/time.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::invitations {

void register_pages(web::App& app);

// The pages, and the purge with the app's scheduler: every hour, the first run at once.
void register_module(web::App& app);

// Erases invitations expired at `now` (each with an audit entry); returns how many.
Result<std::int64_t> purge(store::Db& db, core::Seconds now);

}  // namespace comdev::invitations
