// The campaigns feature: fundraising for projects under law 18-18 — campaigns written by the
// project's carrier and published after an animator's review (/campaigns), pledges with a
// reference for the bank transfer (/pledges, /me/pledges), the collecting organisation's treasury
// where its treasurers confirm pledges one by one or from a bank statement (/treasury/{org}), the
// API (/api/v1/campaigns, /api/v1/pledges), the section of a project's page, the campaign updates
// in the donors' e-mail digest, and the job that closes ended campaigns and expires unpaid
// pledges. Comes after projects, organisations and the digest.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "core/result.h"
#include "features/campaigns/campaign.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::campaigns {

void register_pages(web::App& app);           // campaign_pages.cpp
void register_treasury_pages(web::App& app);  // treasury_pages.cpp
void register_api(web::App& app);             // campaign_api.cpp
// The project page's section and the donors' digest lines (campaign_hooks.cpp).
void register_hooks();

// What another feature offers the donor on their own pending pledge's page (the payments
// feature's "Pay online"): the address its button posts to, or "" for nothing. Registered once
// at start-up, before the first request.
using PledgeOffer = std::function<std::string(web::Ctx&, const Pledge&)>;
void offer_on_pledge_page(PledgeOffer offer);  // campaign_pages.cpp

// Everything above, and the periodic job (every `period`; 0: none, for tests that run it).
void register_module(web::App& app);

// Reads demo/campaigns.json: a published campaign on a demo project with its collecting
// association, demo pledges (fictional donors, flagged as demo) and the association's treasurer,
// named when their demo account exists (run again after the demo accounts are made). Safe to run
// twice.
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);

}  // namespace comdev::campaigns
