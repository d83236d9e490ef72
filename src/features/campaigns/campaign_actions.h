// The campaigns' use cases, shared by the pages, the API and the jobs: each checks the policy
// (campaign_permissions.h) and the rules (campaign_rules.h), then writes in one transaction with
// its audit entry. A campaign the actor may not read is answered as not found, so a draft's
// existence is not revealed; a pledge is shown to its donor and the collecting organisation's
// treasurers only.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/campaigns/campaign.h"
#include "features/campaigns/campaign_forms.h"
#include "features/campaigns/campaign_permissions.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::campaigns {

struct Access {
  Campaign campaign;
  Subject subject;  // the actor's standing (own_pledge unset)
};
Result<Access> readable(store::Db& db, const web::Actor& actor, std::int64_t id);
Result<Access> readable(store::Conn& c, const web::Actor& actor, std::int64_t id);

// The actor's standing towards a project's campaigns (create: carrier).
Result<Subject> project_subject(store::Db& db, const web::Actor& actor, std::int64_t project_id);

Result<std::int64_t> create(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                            const CampaignInput& in, core::Seconds now);
Status edit(store::Db& db, const web::Actor& actor, std::int64_t id, const CampaignInput& in,
            core::Seconds now);
// Submitting already checks what publishing needs, so the carrier hears of it first; invalid
// with every problem (campaign_rules.h: publish_problems) as field errors.
Status submit(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now);
Status publish(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now);
Status send_back(store::Db& db, const web::Actor& actor, std::int64_t id, const std::string& note,
                 core::Seconds now);
Status close(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now);
Result<std::int64_t> post_update(store::Db& db, const web::Actor& actor, std::int64_t id,
                                 const UpdateInput& in, core::Seconds now);

// The periodic work: closes campaigns past their end date and expires pledges past their
// lifetime. Idempotent. Returns how many campaigns and pledges changed.
struct Housekeeping {
  int closed = 0;
  std::int64_t expired = 0;
};
Result<Housekeeping> housekeeping(store::Db& db, core::Seconds now);

struct Pledged {
  Pledge pledge;
  bool created = false;  // false: the idempotency key named an earlier pledge
};
// A pledge of the signed-in member; with an idempotency key, making it again returns the first
// (conflict when the key was used for another campaign or amount). Refusals: the campaign's
// state or dates (campaign_rules.h: pledge_refusal) as a 409 with that message.
Result<Pledged> pledge(store::Db& db, const web::Actor& actor, std::int64_t campaign_id,
                       const PledgeInput& in, const std::string& idempotency_key,
                       core::Seconds now);
// The pledge, to its donor or a treasurer of its collecting organisation; not found otherwise.
Result<Pledge> readable_pledge(store::Db& db, const web::Actor& actor, std::int64_t id);
Status cancel_own(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now);

// ---- the treasury of a collecting organisation ----
Result<bool> is_treasurer(store::Db& db, const web::Actor& actor, std::int64_t organisation_id);
// pledged/expired → confirmed, pledged → cancelled, confirmed → refunded; by a treasurer of the
// pledge's collecting organisation (403 for another organisation's).
Status treasurer_move(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                      std::int64_t pledge_id, PledgeState to, core::Seconds now);

// A pledge paid online, confirmed inside the caller's transaction (the payments feature records
// the provider's payment in the same one): pledged or expired → confirmed for `amount_minor`,
// with its ledger entry, its audit entries and the hooks (its receipt, means "online"), by the
// platform itself (no member). false when the pledge is no longer pending (confirmed before, or
// cancelled): nothing is done twice.
Result<bool> confirm_online(store::Conn& c, std::int64_t pledge_id, std::int64_t amount_minor,
                            std::string_view provider_payment_id, const std::string& now);

struct ImportReport {
  int confirmed = 0;          // pledges confirmed by this import
  int already_imported = 0;   // lines read before: nothing done
  int to_decide = 0;          // lines listed for the treasurer's decision
  int already_confirmed = 0;  // matched a pledge confirmed before (by hand)
  int debits = 0;
  std::vector<std::size_t> unreadable;
};
// Reads the statement and, in one transaction, records each new credit line and confirms the
// pledges whose reference and amount match. Refused whole when the file cannot be read.
Result<ImportReport> import_statement(store::Db& db, const web::Actor& actor,
                                      std::int64_t organisation_id, const std::string& filename,
                                      std::string_view bytes, core::Seconds now);
// A pending line: confirm the pledge with this reference for the amount that arrived, or ignore
// the line (it was not a donation).
Status resolve_line(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                    std::int64_t line_id, std::string_view reference, core::Seconds now);
Status ignore_line(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                   std::int64_t line_id, core::Seconds now);
// Names a treasurer by the e-mail of their account (the organisation's verified representatives
// and animators). invalid on field "email" when no account has it.
Status name_treasurer(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                      const std::string& email, core::Seconds now);
Result<bool> may_name_treasurers(store::Db& db, const web::Actor& actor,
                                 std::int64_t organisation_id);

// ---- what other features do when money moves ----
// A pledge just confirmed or refunded, inside the transaction that moved it: a hook that fails
// rolls the move back, so what it records (a receipt and its number) exists exactly when the
// money is counted.
struct PledgeEvent {
  const Pledge& pledge;       // as it was before the move
  std::int64_t amount_minor;  // what arrived (a confirmation), else the pledge's amount
  std::string_view means;     // "transfer" or "online"
  const web::Actor& actor;
  const std::string& when;  // ISO date-time of the move
};
using PledgeHook = std::function<Status(store::Conn&, const PledgeEvent&)>;
// Registered once at start-up, before the first request.
void on_pledge_confirmed(PledgeHook hook);
void on_pledge_refunded(PledgeHook hook);

}  // namespace comdev::campaigns
