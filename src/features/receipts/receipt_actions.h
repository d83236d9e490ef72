// The receipts' use cases: issuing and cancelling (hooked into the campaigns' confirmation and
// refund, in their transaction), reading one, the donor's address, the organisation's register
// and settings. A receipt the actor may not read is answered as not found, so its existence is
// not revealed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/receipts/receipt.h"
#include "features/receipts/receipt_permissions.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::receipts {

// Issues a receipt when a pledge is confirmed and cancels it when the pledge is refunded, in the
// same transaction. Once per process.
void hook_into_pledges();

struct Access {
  Receipt receipt;
  Subject subject;
};
Result<Access> readable(store::Db& db, const web::Actor& actor, std::int64_t id);
// The receipt of a pledge, for the same readers; not found while the pledge is not confirmed.
Result<std::int64_t> receipt_of_pledge(store::Db& db, const web::Actor& actor,
                                       std::int64_t pledge_id);

inline constexpr std::size_t kMaxAddress = 300;
inline constexpr std::size_t kMaxSetting = 300;
// The donor's postal address on their receipt (invalid on field "address" when too long).
Status set_address(store::Db& db, const web::Actor& actor, std::int64_t id,
                   std::string_view address);

struct Organisation {
  std::string name;
  Subject subject;
  Settings settings;
};
// The actor's standing towards an organisation's receipts; not found when there is no such
// organisation.
Result<Organisation> organisation(store::Db& db, const web::Actor& actor,
                                  std::int64_t organisation_id);
struct Register {
  std::vector<Receipt> receipts;
  std::vector<int> years;
};
Result<Register> register_of(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                             int year);
Status save_settings(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                     const Settings& typed, core::Seconds now);
Status set_tax_eligible(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                        bool eligible, core::Seconds now);

// Receipts for the demo's confirmed pledges (which the demo confirms without a treasurer).
// Safe to run twice.
Status load_demo(store::Db& db);

}  // namespace comdev::receipts
