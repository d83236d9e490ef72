// All SQL of the campaigns feature ($N placeholders; SQLite and PostgreSQL): campaigns with their
// fund uses and updates, pledges, organisation treasurers, imported statement lines. Functions
// that write take the caller's connection so that a use case writes in one transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/campaigns/campaign.h"
#include "features/campaigns/statement.h"
#include "store/db.h"

namespace comdev::campaigns::campaign_store {

// Returns a request's connection to the pool before the layout is made: the layout reads the
// database on a connection of its own, and requests that each hold one while waiting for another
// starve the pool under a burst (a treasurer's double clicks).
inline void release(Result<store::Lease>& lease) {
  lease = Error::internal("released");
}

struct Named {
  std::int64_t id = 0;
  std::string name;
};

// ---- campaigns ----
Result<std::optional<Campaign>> find(store::Conn& c, std::int64_t id);
// Published and closed campaigns, published first then closed, newest first; at most `limit`.
Result<std::vector<Campaign>> list_public(store::Conn& c, int limit);
Result<std::vector<Campaign>> of_project(store::Conn& c, std::int64_t project_id);
Result<std::vector<Campaign>> in_state(store::Conn& c, State state, int limit);
Result<std::vector<FundUse>> uses(store::Conn& c, std::int64_t campaign_id);

Result<std::int64_t> insert(store::Conn& c, std::int64_t project_id, const CampaignInput& in,
                            std::int64_t by, bool demo, const std::string& now);
// Only a draft's text changes; false when it is no longer a draft.
Result<bool> update(store::Conn& c, std::int64_t id, const CampaignInput& in,
                    const std::string& now);
// Moves the campaign from `from` to `to` if it is still there (two reviewers: one wins).
Result<bool> move(store::Conn& c, std::int64_t id, State from, State to, std::int64_t by,
                  const std::string& note, const std::string& now);
// The published campaigns whose end date is before `today`.
Result<std::vector<std::int64_t>> ended(store::Conn& c, const std::string& today);

Result<std::vector<Update>> updates(store::Conn& c, std::int64_t campaign_id);
Result<std::int64_t> insert_update(store::Conn& c, std::int64_t campaign_id, std::int64_t by,
                                   const std::string& title, const std::string& body,
                                   const std::string& now);
// The updates posted after `since` to campaigns the member pledged to (not cancelled), oldest
// first: a donor's digest lines.
struct DonorUpdate {
  std::int64_t campaign_id = 0;
  std::string campaign_title, title;
};
Result<std::vector<DonorUpdate>> updates_for_donor(store::Conn& c, std::int64_t member_id,
                                                   const std::string& since, int limit);

// ---- organisations ----
// The project's carrier organisation (id) and title; nullopt when there is no such project.
Result<std::optional<Named>> project_carrier(store::Conn& c, std::int64_t project_id);
// The organisation has a verified representative (how organisations are verified: an animator
// checked who speaks in its name).
Result<bool> organisation_verified(store::Conn& c, std::int64_t organisation_id);
Result<bool> is_representative(store::Conn& c, std::int64_t member_id,
                               std::int64_t organisation_id);
Result<bool> is_treasurer(store::Conn& c, std::int64_t member_id, std::int64_t organisation_id);
// The associations that may collect (law 18-18: associations), verified ones only.
Result<std::vector<Named>> collectors(store::Conn& c);
Result<std::optional<std::string>> organisation_name(store::Conn& c, std::int64_t id);
// The organisations the member is a treasurer of.
Result<std::vector<Named>> treasuries_of(store::Conn& c, std::int64_t member_id);
Result<std::vector<Named>> treasurers(store::Conn& c, std::int64_t organisation_id);
// Names the member (by their account's e-mail) a treasurer; false when no such account.
Result<bool> name_treasurer(store::Conn& c, std::int64_t organisation_id, const std::string& email,
                            std::int64_t by, const std::string& now);
Result<std::string> display_name(store::Conn& c, std::int64_t member_id);

// ---- pledges ----
struct NewPledge {
  std::int64_t campaign_id = 0, member_id = 0;
  std::string donor_name, reference, currency, idempotency_key;
  std::int64_t amount_minor = 0;
  bool anonymous = false, demo = false;
};
// The new pledge's id, or nullopt when the member already made one with this idempotency key.
Result<std::optional<std::int64_t>> insert_pledge(store::Conn& c, const NewPledge& p,
                                                  const std::string& now);
Result<std::optional<Pledge>> pledge_by_key(store::Conn& c, std::int64_t member_id,
                                            const std::string& key);
Result<std::optional<Pledge>> find_pledge(store::Conn& c, std::int64_t id);
// The organisation's pledges with one of these references.
Result<std::vector<Pledge>> pledges_by_reference(store::Conn& c, std::int64_t organisation_id,
                                                 const std::vector<std::string>& references);
Result<std::vector<Pledge>> pledges_of_campaign(store::Conn& c, std::int64_t campaign_id);
Result<std::vector<Pledge>> pledges_of_organisation(store::Conn& c, std::int64_t organisation_id,
                                                    int limit);
Result<std::vector<Pledge>> pledges_of_member(store::Conn& c, std::int64_t member_id);
// Moves a pledge if it is still in `from` (a burst of confirmations: each counts once). A
// confirmation records who and when; `amount_minor` > 0 replaces the amount (what arrived).
Result<bool> move_pledge(store::Conn& c, std::int64_t id, PledgeState from, PledgeState to,
                         std::int64_t by, const std::string& now, std::int64_t amount_minor = 0);
// Pledges still waiting whose creation is before `cutoff`, expired; how many.
Result<std::int64_t> expire_pledges(store::Conn& c, const std::string& cutoff,
                                    const std::string& now);
// Confirmed donors to show publicly, newest first: anonymous ones without their name.
struct Donor {
  std::string name;  // "" when anonymous
  std::int64_t amount_minor = 0;
  std::string confirmed_at;
};
Result<std::vector<Donor>> public_donors(store::Conn& c, std::int64_t campaign_id, int limit);

// The ledger's money_in entry of a confirmed pledge not reversed yet (a refund reverses it).
Result<std::optional<std::int64_t>> money_in_entry_of(store::Conn& c, std::int64_t pledge_id);

// ---- statements ----
Result<std::int64_t> insert_import(store::Conn& c, std::int64_t organisation_id, std::int64_t by,
                                   const std::string& filename, const std::string& now);
// The line's id, or nullopt when the organisation imported this line before.
Result<std::optional<std::int64_t>> insert_line(store::Conn& c, std::int64_t import_id,
                                                std::int64_t organisation_id,
                                                const StatementLine& l, std::string_view outcome,
                                                std::int64_t pledge_id, std::int64_t by,
                                                const std::string& now);
struct Line {
  std::int64_t id = 0, organisation_id = 0, pledge_id = 0;
  std::size_t line_no = 0;
  std::string booked_on, label, currency, outcome, pledge_reference;
  std::int64_t amount_minor = 0;
};
Result<std::vector<Line>> pending_lines(store::Conn& c, std::int64_t organisation_id);
Result<std::optional<Line>> find_line(store::Conn& c, std::int64_t id);
// Records the treasurer's decision on a pending line; false when it was decided meanwhile.
Result<bool> decide_line(store::Conn& c, std::int64_t id, std::string_view outcome,
                         std::int64_t pledge_id, std::int64_t by, const std::string& now);

// ---- demo ----
Result<std::optional<std::int64_t>> project_by_title(store::Conn& c, const std::string& title);
Result<std::optional<std::int64_t>> campaign_by_title(store::Conn& c, std::int64_t project_id,
                                                      const std::string& title);
Result<std::optional<std::int64_t>> organisation_by_name(store::Conn& c, const std::string& name);
Result<std::optional<std::int64_t>> member_by_email(store::Conn& c, const std::string& email);
Status force_state(store::Conn& c, std::int64_t id, State state, const std::string& now);

}  // namespace comdev::campaigns::campaign_store
