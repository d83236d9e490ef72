// What the report's template reads: the campaign and its authorisation, the figures by means,
// the costs, the use of the funds against the ledger, the sending to the authority and the
// treasurer's forms. Built by report_pages.cpp in the reader's language; money as web::Money.
#pragma once

#include <string>
#include <vector>

#include "web/page.h"
#include "web/render.h"

namespace comdev::campaign_reports {

struct CostView {
  std::string label, remove_action;
  web::Money amount;
};

struct UseView {
  std::string label;
  web::Money planned, spent;
  bool compared = false;  // it has a budget line, so the ledger's spending is shown
};

struct SumView {
  std::string label;
  int count = 0;
  web::Money amount;
};

struct ReportView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::vector<std::string> errors;
  std::string title, campaign_url, organisation, project_title, authorisation_ref, authorisation_on,
      starts_on, ends_on, closing_day, due_on, deadline_text;
  bool late = false, sent = false;
  std::string sent_on, sent_ref, sent_by;
  SumView collected;
  std::vector<SumView> means;  // statement, by hand, online
  SumView refunds;
  std::vector<CostView> costs;
  web::Money costs_total, net;
  std::vector<UseView> uses;
  web::Money planned_total, spent_total;
  std::string csv_url;
  bool can_add_cost = false, can_mark_sent = false;
  std::string cost_action, sent_action;
  std::string label, amount, sent_on_typed, reference;  // what was typed, shown again
};

}  // namespace comdev::campaign_reports
