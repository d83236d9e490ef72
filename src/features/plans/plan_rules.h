// The rules of plans, without I/O: plan periods, the values a CSV cell may hold (priorities,
// statuses, amounts as spreadsheets write them), the import template's columns, and which rows
// of an import are taken or refused, and why.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.h"
#include "core/result.h"
#include "features/plans/plan.h"

namespace comdev::plans {

inline constexpr std::size_t kMaxTitle = 200;        // characters: an axis or action title
inline constexpr std::size_t kMaxImportRows = 1000;  // a PCD has tens to a few hundred actions
inline constexpr std::size_t kMaxImportBytes = 512 * 1024;
inline constexpr std::int64_t kMaxBudgetMinor = 100'000'000'000'000;  // beyond: a typo

// Budgets are read by the shared money rules as spreadsheets write them
// (money::parse_spreadsheet_amount, up to kMaxBudgetMinor) with money::currency_code.

// The stored code for what a person typed in French, English or Arabic ("haute", "élevée", "high",
// "مرتفعة" → "high"); nullopt when it means nothing known. Case and surrounding spaces ignored.
std::optional<std::string> priority_code(std::string_view text);
std::optional<std::string> status_code(std::string_view text);  // "" → "planned"

// The columns of the import template, in its order, as written in its header.
inline constexpr std::string_view kTemplateColumns[] = {"axe",    "action", "priorite", "budget",
                                                        "devise", "statut", "douars"};
// The downloadable template: UTF-8 with a BOM (so Excel shows accents), ';'-separated (French
// Excel), the header and one example row.
std::string import_template();

// Column positions of an import header. Accepted names, any case, accents optional: axe|axis,
// action|title|titre|intitulé, priorité|priority, budget, devise|currency, statut|status, douars.
// axe, action and priorite are required. Otherwise Error::invalid("plans.import.errors.columns")
// with params {missing} and {unknown} (comma-separated names, "-" when none) and {expected}.
struct Columns {
  std::size_t axis = 0, title = 0, priority = 0;
  std::optional<std::size_t> budget, currency, status, douars;
};
Result<Columns> map_columns(const std::vector<std::string>& header);

enum class RowStatus { ok, invalid, duplicate_in_file, already_in_plan };

struct RowReport {
  std::size_t line = 0;
  std::string axis, title;
  RowStatus status = RowStatus::ok;
  std::vector<std::string> problems;  // catalogue keys, for invalid rows
};

struct ImportPlan {
  std::vector<RowReport> rows;
  std::vector<NewAction> actions;  // the rows reported ok, in file order
};

// Every data row checked against the commune's douars (matched by slug or French/Arabic name,
// case-insensitively) and the titles the plan already holds (lower-cased); a row is refused with
// every problem it has, so one pass fixes the file.
ImportPlan plan_import(const std::vector<core::csv::Record>& data_rows, const Columns& cols,
                       const std::vector<Douar>& douars, const std::set<std::string>& existing);

// The whole file: decoded (UTF-8 or Windows-1252), parsed, header mapped, rows planned. Errors
// reject the whole file (nothing is imported): plans.import.errors.{empty,too_big,too_many_rows,
// columns} or the CSV parser's and decoder's.
Result<ImportPlan> plan_import_file(std::string_view bytes, const std::vector<Douar>& douars,
                                    const std::set<std::string>& existing);

// The key the plan's existing titles are compared by.
std::string title_key(std::string_view title);

}  // namespace comdev::plans
