#include "features/ledger/ledger_export.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "money/money.h"

namespace comdev::ledger::exporting {
namespace {

struct Account {
  const char* number;
  const char* name;
};
constexpr Account kBank{"512", "Banque"};
constexpr Account kGifts{"7541", "Dons manuels"};
constexpr Account kGrants{"74", "Subventions d'exploitation"};
constexpr Account kPurchases{"606", "Achats non stockés"};
constexpr Account kInKindUse{"860", "Emplois des contributions en nature"};
constexpr Account kInKindGifts{"875", "Dons en nature"};
constexpr Account kVolunteers{"864", "Personnel bénévole"};
constexpr Account kVolunteering{"870", "Bénévolat"};

// The debit and credit accounts of an entry of `kind` (skills: once confirmed).
std::pair<Account, Account> accounts_of(Kind kind) {
  switch (kind) {
    case Kind::money_in:
      return {kBank, kGifts};
    case Kind::grant:
      return {kBank, kGrants};
    case Kind::money_out:
      return {kPurchases, kBank};
    case Kind::material:
      return {kInKindUse, kInKindGifts};
    default:
      return {kVolunteers, kVolunteering};
  }
}

std::string piece_of(const Entry& e) {
  return e.piece.empty() ? "L" + std::to_string(e.seq) : e.piece;
}

std::vector<Line> pair_of(const Entry& e, Account debit, Account credit, const std::string& label) {
  Line d{e.occurred_on, piece_of(e), debit.number, debit.name, e.amount_minor, 0,
         label,         e.currency,  e.seq};
  Line c{e.occurred_on,  piece_of(e), credit.number, credit.name, 0,
         e.amount_minor, label,       e.currency,    e.seq};
  return {d, c};
}

}  // namespace

std::vector<Line> Journal::feed(const Entry& e) {
  seen_[e.id] = Seen{e.kind, false, e.seq};
  switch (e.kind) {
    case Kind::skill:
      return {};  // counted once confirmed
    case Kind::confirmation: {
      if (!e.confirms_entry_id) return {};
      auto it = seen_.find(*e.confirms_entry_id);
      if (it != seen_.end()) it->second.confirmed = true;
      auto [d, c] = accounts_of(Kind::skill);
      return pair_of(e, d, c, e.label);
    }
    case Kind::reversal: {
      if (!e.reverses_entry_id) return {};
      auto it = seen_.find(*e.reverses_entry_id);
      if (it == seen_.end()) return {};
      if (it->second.kind == Kind::skill && !it->second.confirmed) return {};
      auto [d, c] = accounts_of(it->second.kind);
      return pair_of(e, c, d, e.label + " (#" + std::to_string(it->second.seq) + ")");
    }
    default: {
      auto [d, c] = accounts_of(e.kind);
      return pair_of(e, d, c, e.label);
    }
  }
}

std::string csv_header() {
  std::string out(core::csv::kBom);
  bool first = true;
  for (const char* h : kHeader) {
    if (!first) out += ',';
    out += h;
    first = false;
  }
  return out + "\r\n";
}

void append_csv(std::string& out, const Line& l) {
  core::csv::append_cell(out, l.date);
  out += ',';
  core::csv::append_cell(out, l.piece);
  out += ',';
  core::csv::append_cell(out, l.account);
  out += ',';
  core::csv::append_cell(out, l.account_name);
  out += ',';
  if (l.debit_minor) out += money::to_decimal(l.debit_minor);
  out += ',';
  if (l.credit_minor) out += money::to_decimal(l.credit_minor);
  out += ',';
  core::csv::append_cell(out, l.label);
  out += ',';
  core::csv::append_cell(out, l.currency);
  out += ',';
  out += std::to_string(l.seq);
  out += "\r\n";
}

Result<std::string> xlsx(const std::vector<Line>& lines, std::string_view sheet_title) {
  char path[] = "/tmp/comdev-ledger-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return Error::internal("ledger: no temporary file for the XLSX export");
  close(fd);
  struct Remove {
    const char* p;
    ~Remove() { std::remove(p); }
  } remove_after{path};

  lxw_workbook* wb = workbook_new(path);
  if (!wb) return Error::internal("ledger: xlsxwriter could not start a workbook");
  std::string title = neutralise(sheet_title).substr(0, 31);
  for (char& ch : title) {
    if (std::string_view("[]:*?/\\'").find(ch) != std::string_view::npos) ch = ' ';
  }
  lxw_worksheet* ws = workbook_add_worksheet(wb, title.empty() ? nullptr : title.c_str());
  if (!ws) ws = workbook_add_worksheet(wb, nullptr);
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* amount = workbook_add_format(wb);
  format_set_num_format(amount, "#,##0.00");
  lxw_row_t row = 0;
  lxw_col_t col = 0;
  for (const char* h : kHeader) worksheet_write_string(ws, row, col++, h, bold);
  for (const auto& l : lines) {
    ++row;
    worksheet_write_string(ws, row, 0, neutralise(l.date).c_str(), nullptr);
    worksheet_write_string(ws, row, 1, neutralise(l.piece).c_str(), nullptr);
    worksheet_write_string(ws, row, 2, neutralise(l.account).c_str(), nullptr);
    worksheet_write_string(ws, row, 3, neutralise(l.account_name).c_str(), nullptr);
    // XLSX keeps every number as an IEEE double; an amount of at most 10^10 with two decimals
    // is shown exactly. The integer minor units stay the source: this is only their display.
    if (l.debit_minor) {
      worksheet_write_number(ws, row, 4, static_cast<double>(l.debit_minor) / 100.0, amount);
    }
    if (l.credit_minor) {
      worksheet_write_number(ws, row, 5, static_cast<double>(l.credit_minor) / 100.0, amount);
    }
    worksheet_write_string(ws, row, 6, neutralise(l.label).c_str(), nullptr);
    worksheet_write_string(ws, row, 7, neutralise(l.currency).c_str(), nullptr);
    worksheet_write_number(ws, row, 8, static_cast<double>(l.seq), nullptr);
  }
  worksheet_set_column(ws, 0, 3, 14, nullptr);
  worksheet_set_column(ws, 6, 6, 40, nullptr);
  if (workbook_close(wb) != LXW_NO_ERROR) {
    return Error::internal("ledger: xlsxwriter could not write the workbook");
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace comdev::ledger::exporting
