// What the ledger's templates read (templates/ledger/): the public page "Where the money went",
// the team's ledger page with its forms, and the link on the project's page. Built in the
// reader's language; amounts as web::Money (formatted by the template per language).
#pragma once

#include <string>
#include <vector>

#include "web/page.h"

namespace comdev::ledger {

struct Choice {
  std::string value, label;
  bool selected = false;
};

// A total of one kind in one currency.
struct KindTotal {
  std::string label;
  web::Money amount;
  std::string note;  // "3 entries", "2 pending"
};

// A budget line with what was spent on it (money out) and given to it (in kind, confirmed
// skills), in the line's currency.
struct LineRow {
  std::string label;
  web::Money planned, spent, given;
  int percent = 0;  // spent / planned, 0–100 (for the bar)
  bool has_plan = false;
  // The team page's edit form.
  std::string id, planned_text, currency, position, action, remove_action;
};

struct EntryRow {
  std::string id, seq, date, kind, label, piece, detail, budget_line, recorded_by;
  web::Money amount;
  bool outgoing = false;  // shown as minus
  bool reversal = false;  // a correction
  bool reversed = false;  // cancelled by a later entry
  bool pending = false;   // a skill not yet confirmed
  bool has_receipt = false;
  std::string receipt_url, receipt_label;
  // Team page: the forms an entry offers.
  bool can_reverse = false, can_confirm = false;
  std::string reverse_action, confirm_action;
};

struct PublicView {
  web::LayoutView layout;
  std::string project_title, project_url, team_url;
  std::vector<KindTotal> totals;
  std::vector<LineRow> lines;
  std::vector<EntryRow> entries;
  std::string older_url, newer_url;
  std::string csv_url, xlsx_url, api_url;
  std::string chain_note;  // "Entries chained by SHA-256: N. Last fingerprint:"
  std::string chain_hash;  // its first 16 hex digits, shown left to right
  bool empty = true;
};

// The record form's fields, kept when a refusal brings the page back.
struct EntryForm {
  std::string kind, amount, currency, occurred_on, label, piece, budget_line, document_id, hours,
      rate, quantity, description;
  bool receipt_public = false;
};

struct TeamView {
  web::LayoutView layout;
  std::string csrf, project_title, project_url, public_url, team_url, documents_url, notice;
  std::vector<std::string> errors;
  bool can_record = false, can_declare = false, can_edit_budget = false;
  std::string record_action, budget_action, from_needs_action;
  bool has_funding_needs = false;
  EntryForm form;
  std::vector<Choice> kinds, currencies, lines_choice, documents;
  std::vector<EntryRow> pending;
  std::vector<EntryRow> entries;
  std::vector<LineRow> lines;
  std::string older_url, newer_url;
  std::string today;
};

struct SectionView {
  std::string url;
  std::string summary;  // "12 entries · 45 000,00 MAD received"
};

}  // namespace comdev::ledger
