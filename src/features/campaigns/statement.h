// Reading a bank statement exported as CSV by the collecting organisation's bank, without I/O:
// UTF-8 (with or without a byte-order mark) or Windows-1252, ';' or ',' separated, CRLF, LF or
// CR line ends mixed, amounts written the French way ("1 234,56", "1.234,56"). The columns are
// found by their header, in any order, below any lines of account details the bank puts first:
// a date, one or more label columns, and either a signed amount or separate credit and debit
// columns, maybe a currency. Only credits are kept (a donation is money in).
//
// Each credit gets a hash of what it says (date, label, amount, currency, and its rank among
// identical lines of the file), so that the same line read again — the same file imported twice,
// or a monthly statement overlapping a weekly one — is recognised whatever its encoding or line
// ends.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace comdev::campaigns {

struct StatementLine {
  std::size_t line = 0;                 // 1-based line of the file
  std::string booked_on;                // the date as the bank wrote it
  std::string label;                    // the label columns joined by " "
  std::int64_t amount_minor = 0;        // > 0
  std::string currency;                 // MAD, EUR, or "" when the statement names none
  std::string hash;                     // 64 hex digits
  std::vector<std::string> references;  // valid pledge references found in the label
};

struct Statement {
  std::vector<StatementLine> credits;
  int debits = 0;                       // lines of money going out, skipped
  std::vector<std::size_t> unreadable;  // lines whose amount could not be read
};

// Errors (Error::invalid): errors.encoding.undecodable, errors.csv.*,
// campaigns.statement.no_columns (no header naming a label and an amount or credit column).
Result<Statement> parse_statement(std::string_view bytes);

}  // namespace comdev::campaigns
