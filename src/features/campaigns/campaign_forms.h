// Reading what people type about campaigns and pledges (forms and the API): every problem named
// by its field, as catalogue keys, all at once. Amounts go through the shared money reader
// (money/money.h: positive, at most two decimals, below its ceiling; Arabic-Indic digits too).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "features/campaigns/campaign.h"
#include "http/form.h"

namespace comdev::campaigns {

inline constexpr std::size_t kMaxTitle = 200;
inline constexpr std::size_t kMaxDescription = 20000;
inline constexpr std::size_t kMaxReference = 100;
inline constexpr std::size_t kMaxBankDetails = 500;
inline constexpr std::size_t kMaxUses = 12;
inline constexpr std::size_t kMaxIdempotencyKey = 100;

// Fields: title, description, currency, goal, starts_on, ends_on, organisation, audience,
// authorisation_ref, authorisation_on, bank_details, and the fund uses as repeated triples
// use_line (a budget line's id, or "" for a use the carrier names) / use_label / use_amount;
// rows without an amount are skipped. `typed` receives what was read, for the form
// shown again.
Result<CampaignInput> parse_campaign(const http::Form& form, CampaignInput* typed = nullptr);

struct PledgeInput {
  std::int64_t amount_minor = 0;
  bool anonymous = false;
};
// `currency`, when given, must be the campaign's (campaigns.errors.currency otherwise: a pledge
// is counted in the campaign's currency, never converted).
Result<PledgeInput> parse_pledge(std::string_view amount, std::string_view currency, bool anonymous,
                                 std::string_view campaign_currency);

// A client's idempotency key (the Idempotency-Key header, the form's hidden token): 8 to 100
// printable ASCII characters; "" when none was sent.
Result<std::string> parse_idempotency_key(std::string_view key);

struct UpdateInput {
  std::string title, body_md;
};
Result<UpdateInput> parse_update(std::string_view title, std::string_view body);

// A review note (sending back): required, at most 2000 characters.
Result<std::string> parse_note(std::string_view note);

// "2026-12-06": a real calendar day.
bool is_day(std::string_view s);

}  // namespace comdev::campaigns
