// The ledger as an accountant reads it: a journal of balanced lines (date, piece, account,
// debit, credit, label, currency), two lines per entry that moves the accounts, written as CSV
// or XLSX. Accounts follow the French associations' chart (plan comptable associatif, ANC
// 2018-06), which the diaspora's associations use:
//   money_in  512 Banque / 7541 Dons manuels         grant     512 / 74 Subventions
//   money_out 606 Achats non stockés / 512            material  860 Emplois en nature / 875 Dons en
//   nature skill     confirmed only: 864 Personnel bénévole / 870 Bénévolat (on the confirmation's
//   date) reversal  the reversed entry's lines, debit and credit swapped (none for a pending skill)
// Cells that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
// return) are prefixed with an apostrophe. Amounts are written from integer minor units with
// money::to_decimal ("1234.50"). Pure but for xlsx(), which writes a temporary file.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.h"
#include "core/result.h"
#include "features/ledger/ledger.h"

namespace comdev::ledger::exporting {

struct Line {
  std::string date, piece, account, account_name;
  std::int64_t debit_minor = 0, credit_minor = 0;
  std::string label, currency;
  std::int64_t seq = 0;  // the entry's seq in the project's ledger
};

// Fed a project's entries in seq order, gives each one's journal lines.
class Journal {
 public:
  std::vector<Line> feed(const Entry& e);

 private:
  struct Seen {
    Kind kind;
    bool confirmed = false;
    std::int64_t seq = 0;
  };
  std::map<std::int64_t, Seen> seen_;
};

using core::csv::neutralise;

inline constexpr const char* kHeader[] = {"date",   "piece", "account",  "account_name", "debit",
                                          "credit", "label", "currency", "entry"};

// RFC 4180 CSV (comma, CRLF, quotes doubled), UTF-8 with a BOM so spreadsheets read accents.
std::string csv_header();
void append_csv(std::string& out, const Line& l);

// The whole journal as an XLSX workbook (one sheet), amounts as numbers with two decimals.
Result<std::string> xlsx(const std::vector<Line>& lines, std::string_view sheet_title);

}  // namespace comdev::ledger::exporting
