// CSV reading and writing (RFC 4180 plus what spreadsheets really write), std only: the separator
// is ',' or
// ';' (French Excel writes ';'), fields may be quoted with '"' (a doubled quote inside is one
// quote, and a quoted field may hold separators and line breaks), lines end in CRLF or LF.
// The text must already be UTF-8 (i18n/text_encoding.h turns an upload into UTF-8 first).
// Expected failures are Error::invalid with message id errors.csv.unterminated_quote (with the
// {line} where the field began) or errors.csv.empty.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace comdev::core::csv {

struct Record {
  std::size_t line = 0;  // 1-based line of the file where the record starts
  std::vector<std::string> fields;
};

// ';' when the first line has more semicolons than commas outside quotes, else ','.
char detect_separator(std::string_view text);

// Every non-blank record, in order. Blank lines (nothing but the line break) are skipped.
Result<std::vector<Record>> parse(std::string_view text, char separator);

// detect_separator + parse.
Result<std::vector<Record>> parse(std::string_view text);

// ---- writing: CRLF line ends, UTF-8 after a BOM so that spreadsheets read accents ----
inline constexpr std::string_view kBom = "\xEF\xBB\xBF";

// "'=1+1" for "=1+1": a cell a spreadsheet would run as a formula (starting with = + - @, a tab
// or a carriage return) is shown as text instead, so that opening an export never runs it.
std::string neutralise(std::string_view cell);

// One cell appended to `out`, neutralised, quoted when it holds the separator, a quote or a line
// break (quotes doubled). Callers write numbers they formed themselves with append_number, which
// is never prefixed.
void append_cell(std::string& out, std::string_view text, char separator = ',');
void append_number(std::string& out, std::string_view number);
// The cells of one record, separated, and a CRLF line end (RFC 4180).
void append_row(std::string& out, const std::vector<std::string>& cells, char separator = ',');

}  // namespace comdev::core::csv
