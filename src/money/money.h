// Money: an amount is integer minor units (centimes) plus an ISO 4217 code, MAD or EUR; never a
// floating type, and sums only within one currency. This is the one place that reads amounts
// people type or spreadsheets hold; pages format them with i18n::format_money (web::Money).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace comdev::money {

// The currencies the platform counts in: the communes' dirham and the diaspora's euro.
inline constexpr std::array<std::string_view, 2> kCurrencies = {"MAD", "EUR"};
bool is_currency(std::string_view code);  // exactly "MAD" or "EUR"

// The code for what a person or a spreadsheet wrote: "", "DH", "dirhams" → "MAD"; "€", "euros" →
// "EUR"; nullopt for anything else (USD is not counted). Case and surrounding spaces ignored.
std::optional<std::string> currency_code(std::string_view text);

struct Money {
  std::int64_t minor = 0;
  std::string currency = "MAD";
};

// One billion units: more than any commune's project; beyond it a typed amount is a typo.
inline constexpr std::int64_t kMaxMinor = 100'000'000'000;

// An amount a person typed in a form, read strictly, since a misread amount is money lost:
// digits (also Arabic-Indic), spaces or no-break spaces grouping thousands, and at most one
// decimal separator ("," "." or the Arabic "٫") followed by one or two digits. "1.500" is
// refused (three decimals) rather than guessed to be thousands. Errors are Error::invalid with:
//   money.errors.amount     not a number ("abc", "1e5", "1,2,3", empty)
//   money.errors.positive   zero or negative
//   money.errors.decimals   more than two digits after the separator
//   money.errors.too_large  above max_minor (param {max}: the limit in units, digits only)
Result<std::int64_t> parse_amount(std::string_view typed, std::int64_t max_minor = kMaxMinor);

// An amount as spreadsheets and bank statements write it, read leniently: "1 200 000",
// "1.200.000,50", "1,200,000.50", "450000 DH". A single separator followed by one or two digits
// is decimal; otherwise separators group thousands. Currency words are ignored. nullopt when it is
// not a non-negative amount up to max_minor.
std::optional<std::int64_t> parse_spreadsheet_amount(std::string_view text,
                                                     std::int64_t max_minor = kMaxMinor * 1000);

// a + b, or nullopt when the sum would overflow.
std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b);

// "1234.50", "-0.05": the exact decimal for CSV, spreadsheets and the API (two decimals; both
// currencies have two).
std::string to_decimal(std::int64_t minor);

}  // namespace comdev::money
