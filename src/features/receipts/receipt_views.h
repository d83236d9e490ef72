// What the receipts' templates (templates/receipts/) show: plain data, escaped by the templates.
#pragma once

#include <string>
#include <vector>

#include "web/page.h"
#include "web/render.h"

namespace comdev::receipts {

struct ShowView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::vector<std::string> errors;
  std::string number, organisation, campaign, pledge_url, donor, donor_address, donated_on,
      means_label, mention, cancelled_on, pdf_url, address_action;
  web::Money amount;
  bool cancelled = false, tax_receipt = false, can_set_address = false, demo = false;
};

struct RegisterLineView {
  std::string number, url, issued_on, donor, state_label;
  web::Money amount;
  bool cancelled = false;
};
struct YearView {
  std::string label, url;
  bool current = false;
};
struct RegisterView {
  web::LayoutView layout;
  std::string csrf, notice, organisation, treasury_url;
  std::vector<std::string> errors;
  bool can_see_register = false, can_edit_settings = false, can_mark_eligible = false;
  std::vector<YearView> years;
  std::vector<RegisterLineView> lines;
  std::string csv_url, year;
  std::string postal_address, registration, object, settings_action;
  bool tax_eligible = false;
  std::string eligibility_action;
};

}  // namespace comdev::receipts
