// All SQL of the receipts feature ($N placeholders; SQLite and PostgreSQL): the receipts, their
// per-organisation yearly counters and the organisations' receipt settings. Functions that write
// take the caller's connection, so a receipt is issued in the transaction that confirms its
// pledge.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/receipts/receipt.h"
#include "store/db.h"

namespace comdev::receipts::receipt_store {

// What the confirmation knows; the rest of the snapshot (the organisation's settings, the
// pledge's demo flag) is read here in the same transaction.
struct NewReceipt {
  std::int64_t pledge_id = 0, organisation_id = 0, member_id = 0;
  std::string donor_name, organisation_name, campaign_title, authorisation_ref, authorisation_on,
      pledge_reference, currency;
  std::int64_t amount_minor = 0;
  Means means = Means::transfer;
  std::string donated_on, issued_at;
};
// Issues the pledge's receipt with the organisation's next number of the year (the year of
// issued_at); the existing receipt's id when the pledge has one already.
Result<std::int64_t> issue(store::Conn& c, const NewReceipt& r);
// Marks the pledge's receipt cancelled (its number stays taken); false when it has none or it
// was cancelled before.
Result<bool> cancel_of_pledge(store::Conn& c, std::int64_t pledge_id, const std::string& now);

Result<std::optional<Receipt>> find(store::Conn& c, std::int64_t id);
Result<std::optional<Receipt>> of_pledge(store::Conn& c, std::int64_t pledge_id);
// The organisation's receipts of a year, by number.
Result<std::vector<Receipt>> of_organisation(store::Conn& c, std::int64_t organisation_id,
                                             int year);
// The years the organisation issued receipts in, newest first.
Result<std::vector<int>> years_of(store::Conn& c, std::int64_t organisation_id);
Result<bool> set_donor_address(store::Conn& c, std::int64_t id, const std::string& address);

Result<Settings> settings(store::Conn& c, std::int64_t organisation_id);
// The organisation's details; the tax eligibility is left as it is.
Status save_settings(store::Conn& c, std::int64_t organisation_id, const Settings& s,
                     const std::string& now);
Status set_tax_eligible(store::Conn& c, std::int64_t organisation_id, bool eligible,
                        std::int64_t by, const std::string& now);

// Confirmed demo pledges that have no receipt yet, oldest confirmation first (the demo confirms
// its pledges without a treasurer).
Result<std::vector<std::int64_t>> demo_pledges_without_receipt(store::Conn& c);

}  // namespace comdev::receipts::receipt_store
