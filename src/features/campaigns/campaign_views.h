// What the campaigns templates read: the list, a campaign's page (progress, fund uses, updates,
// the pledge form, the carrier's, reviewers' and treasurers' doors), the campaign form, a pledge,
// the donor's pledges, the treasury of a collecting organisation and the project page's section.
// Built by campaign_pages.cpp in the reader's language; money as web::Money.
#pragma once

#include <string>
#include <vector>

#include "web/page.h"
#include "web/render.h"

namespace comdev::campaigns {

struct OptionView {
  std::string value, label;
  bool selected = false;
};

struct CardView {
  std::string url, title, project, organisation, state, state_label, ends_on;
  web::Money goal, confirmed, pledged;
  int percent = 0;
  bool demo = false;
};

struct ListView {
  web::LayoutView layout;
  std::vector<CardView> items, queue;
  std::vector<OptionView> treasuries;  // value: the treasury's URL
};

struct UseView {
  std::string label;
  web::Money amount;
};
struct UpdateView {
  std::string title, date, author, body_html;
};
struct DonorView {
  std::string name;  // "" when anonymous
  web::Money amount;
};
struct MyPledgeView {
  std::string url, reference, state_label, campaign;
  web::Money amount;
};

struct ShowView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::vector<std::string> errors;
  std::string id, title, description_html, project_title, project_url, organisation;
  std::string state, state_label, audience_label, starts_on, ends_on, review_note;
  std::string authorisation_text;  // "Autorisation n° … du …" when given
  bool demo = false, closed = false, published = false;
  web::Money goal, confirmed, pledged;
  int percent = 0;
  std::string donors_text, pledged_text;
  std::vector<UseView> uses;
  std::vector<UpdateView> updates;
  std::vector<DonorView> donors;
  bool signed_in = false, can_see_bank = false;
  std::string bank_details;
  // The pledge form.
  bool can_pledge = false;
  std::string pledge_action, pledge_refusal, idempotency_key, currency, amount;
  bool anonymous = false;
  std::vector<MyPledgeView> mine;
  // The carrier's and reviewers' doors.
  bool can_edit = false, can_submit = false, can_review = false, can_close = false,
       can_post_update = false, is_treasurer = false;
  std::string edit_url, submit_action, publish_action, send_back_action, close_action,
      update_action, treasury_url;
  // The law 18-18 report of a closed campaign (features/campaign_reports), for those who may
  // read it; "" for anyone else.
  std::string report_url;
  std::string note, update_title, update_body;
};

struct TypedUse {
  std::string line;           // a budget line's id; "" for a use the carrier names
  std::string label, amount;  // as typed (label: the line's name for a budget line)
  web::Money planned;         // the budget line's planned amount
};
struct FormView {
  web::LayoutView layout;
  std::string csrf, action, heading, cancel_url, project_title;
  std::vector<std::string> errors;
  std::string title, description, goal, starts_on, ends_on, authorisation_ref, authorisation_on,
      bank_details, review_note;
  std::vector<OptionView> currencies, organisations, audiences;
  std::vector<TypedUse> uses;  // the project's budget lines, then named uses and empty rows
  bool no_collector = false, has_budget = false;
};

struct PledgeView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::vector<std::string> errors;
  std::string reference, campaign_title, campaign_url, state, state_label, created_on, organisation,
      bank_details, cancel_action;
  std::string receipt_url;        // a confirmed or refunded pledge's receipt
  std::string pay_online_action;  // another feature's offer (campaign_module.h), or ""
  web::Money amount;
  bool anonymous = false, pending = false, can_cancel = false;
};

struct MineView {
  web::LayoutView layout;
  std::vector<MyPledgeView> items;
};

struct TreasuryPledgeView {
  std::string id, reference, donor, campaign, state, state_label, created_on;
  web::Money amount;
  bool anonymous = false, can_confirm = false, can_cancel = false, can_refund = false;
  std::string confirm_action, cancel_action, refund_action;
};
struct LineView {
  std::string id, line_no, booked_on, label, outcome_label, reference;
  web::Money amount;
  std::string resolve_action, ignore_action;
};
struct TreasuryView {
  web::LayoutView layout;
  std::string csrf, notice, organisation;
  std::vector<std::string> errors, report;
  bool is_treasurer = false, can_name = false;
  std::vector<TreasuryPledgeView> pledges;
  std::vector<LineView> lines;
  std::vector<std::string> treasurers;
  std::string import_action, name_action, email;
  std::string receipts_url;  // the organisation's receipts: register, details, eligibility
};

struct SectionView {
  std::vector<CardView> items;
  bool can_create = false;
  std::string new_url;
};

}  // namespace comdev::campaigns
