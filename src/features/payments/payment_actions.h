// The online payments' use cases: start paying a pledge at the provider, and settle a checkout
// from what the provider's API says — never from what a browser or a notification claims. Each
// writes in one transaction with its audit entry; settling is idempotent by the provider's
// payment id (a second notification, or the donor's return after the notification, confirms
// nothing twice).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/result.h"
#include "core/time.h"
#include "features/campaigns/campaign.h"
#include "features/payments/payment_permissions.h"
#include "features/payments/payment_provider.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::payments {

// The actor's standing towards paying the pledge online under this configuration (enabled: the
// HelloAsso settings are complete and the pledge's collecting organisation is the configured one).
Subject subject_of(const Config& config, const web::Actor& actor, const campaigns::Pledge& p);

// Starts paying the actor's own pledge online: a checkout at the provider, recorded with its
// pledge; returns the provider's address to send the donor to. not_found for a pledge the actor
// may not read, conflict (payments.errors.not_offered) when online payment is not offered for
// it, unavailable when the provider does not answer.
Result<std::string> start(store::Db& db, Provider& provider, const Config& config,
                          const web::Actor& actor, std::int64_t pledge_id, core::Seconds now);

struct Settled {
  std::int64_t pledge_id = 0;
  bool confirmed = false;  // this call confirmed the pledge
  bool paid = false;       // the checkout is paid (by this call or before)
};
// Reads one of the platform's checkouts back from the provider and, when the provider says a
// payment of exactly the pledge's amount and currency is authorised, records that payment and
// confirms the pledge (receipt "online") in one transaction. not_found for a checkout the
// platform did not make; unavailable when the provider does not answer.
Result<Settled> settle(store::Db& db, Provider& provider, std::string_view checkout_id,
                       core::Seconds now);
// The pledge's newest checkout at the provider ("" when none), for a notification naming only
// the pledge.
Result<std::string> checkout_of_pledge(store::Db& db, const Provider& provider,
                                       std::int64_t pledge_id);

}  // namespace comdev::payments
