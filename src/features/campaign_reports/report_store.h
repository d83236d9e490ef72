// All SQL of the campaign reports ($N placeholders; SQLite and PostgreSQL): the pledges as the
// report counts them (with whether a statement line confirmed each), the costs of the operation,
// the report's sending to the authority, the closed campaigns still waiting for theirs, the
// reminders already sent and the people to remind. Functions take the caller's connection so
// that a use case writes in one transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/campaign_reports/campaign_report.h"
#include "store/db.h"

namespace comdev::campaign_reports::report_store {

// The campaign's confirmed and refunded pledges; via_statement when an imported statement line
// confirmed it (matched on import, or resolved by the treasurer from the line).
Result<std::vector<PledgeFact>> pledge_facts(store::Conn& c, std::int64_t campaign_id);

Result<std::vector<CostLine>> costs(store::Conn& c, std::int64_t campaign_id);
Result<std::int64_t> insert_cost(store::Conn& c, std::int64_t campaign_id, const std::string& label,
                                 std::int64_t amount_minor, std::int64_t by,
                                 const std::string& now);
// False when the campaign has no such cost.
Result<bool> delete_cost(store::Conn& c, std::int64_t campaign_id, std::int64_t cost_id);

struct Sent {
  std::string sent_on, reference, by_name, marked_at;
};
Result<std::optional<Sent>> sent(store::Conn& c, std::int64_t campaign_id);
// Records the sending once; false when it was recorded before (two treasurers at once).
Result<bool> mark_sent(store::Conn& c, std::int64_t campaign_id, const std::string& sent_on,
                       const std::string& reference, std::int64_t by, const std::string& now);

// Closed campaigns whose report is not marked sent.
struct Waiting {
  std::int64_t campaign_id = 0, organisation_id = 0;
  std::string title, organisation_name;
  std::string closing_day;  // the day it closed (its end date when no closing time is recorded)
};
Result<std::vector<Waiting>> waiting(store::Conn& c);

// Claims the reminder `kind` of the campaign: true for the one caller that inserted its row.
Result<bool> claim_reminder(store::Conn& c, std::int64_t campaign_id, std::string_view kind,
                            const std::string& now);
// Gives a claim back when none of its e-mails could go, so a later pass tries again.
Status release_reminder(store::Conn& c, std::int64_t campaign_id, std::string_view kind);
// The reminders already sent for the campaign (their kinds).
Result<std::vector<std::string>> reminders_sent(store::Conn& c, std::int64_t campaign_id);

struct Recipient {
  std::int64_t member_id = 0;
  std::string email, display_name, lang;
};
// The organisation's treasurers and verified representatives, each once.
Result<std::vector<Recipient>> organisation_people(store::Conn& c, std::int64_t organisation_id);
// The animators of the platform's communities.
Result<std::vector<Recipient>> animators(store::Conn& c);

}  // namespace comdev::campaign_reports::report_store
