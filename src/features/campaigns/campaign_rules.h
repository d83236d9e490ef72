// The campaigns' rules, without I/O: how a campaign moves (draft → submitted → published →
// closed, sent back to draft with a note), what publishing requires (law 18-18), when a pledge is
// accepted, how a pledge moves (pledged → confirmed / expired / cancelled, expired → confirmed
// for a late transfer, confirmed → refunded) and the progress bar's figures.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/time.h"
#include "features/campaigns/campaign.h"

namespace comdev::campaigns {

bool can_move(State from, State to);
bool can_move(PledgeState from, PledgeState to);

// What stops a campaign from being published, as catalogue keys (empty: nothing). `today` is
// YYYY-MM-DD (UTC); `organisation_verified`: the collecting organisation has a verified
// representative.
std::vector<std::string> publish_problems(const CampaignInput& in, bool organisation_verified,
                                          std::string_view today);

// Why a pledge to this campaign is refused today (a catalogue key), or "" when it is accepted:
// only a published campaign between its start and end dates takes pledges.
std::string_view pledge_refusal(State state, const CampaignInput& in, std::string_view today);

// A published campaign whose end date has passed is closed by the job.
bool ended(State state, const CampaignInput& in, std::string_view today);

// A pledge still waiting for its money after kPledgeLifetimeDays expires.
bool pledge_expired(PledgeState state, core::Seconds created_at, core::Seconds now);

// The progress bar: confirmed money only, as a whole percentage of the goal (0..100, the bar's
// width; the text says more when the goal is passed), pledged money shown apart.
int progress_percent(std::int64_t confirmed_minor, std::int64_t goal_minor);

// "2026-12-06" of a time (UTC).
std::string day_of(core::Seconds t);

}  // namespace comdev::campaigns
