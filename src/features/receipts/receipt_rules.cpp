#include "features/receipts/receipt_rules.h"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/csv.h"
#include "core/time.h"
#include "features/receipts/receipt_labels.h"
#include "i18n/format.h"
#include "i18n/message.h"
#include "money/money.h"

namespace comdev::receipts {

std::string_view name(Means m) {
  return m == Means::online ? "online" : "transfer";
}

std::optional<Means> parse_means(std::string_view s) {
  if (s == "transfer") return Means::transfer;
  if (s == "online") return Means::online;
  return std::nullopt;
}

std::string display_number(int year, std::int64_t number) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%06lld", year, static_cast<long long>(number));
  return buf;
}

int year_of(std::string_view iso) {
  if (iso.size() < 4) return 0;
  int y = 0;
  for (char ch : iso.substr(0, 4)) {
    if (ch < '0' || ch > '9') return 0;
    y = y * 10 + (ch - '0');
  }
  return y;
}

std::string long_day(i18n::Lang lang, std::string_view iso) {
  if (iso.size() < 10) return std::string(iso);
  // Noon UTC is the same day in Casablanca, whose calendar the dates are shown in.
  auto t = core::parse_iso(std::string(iso.substr(0, 10)) + "T12:00:00Z");
  if (!t) return std::string(iso);
  return i18n::format_date(lang, *t);
}

std::string_view status_mention_key(const Receipt& r) {
  return r.tax_receipt() ? "receipts.mention.tax" : "receipts.mention.not_tax";
}

namespace {

// ICU's spell-out rules of the language ("deux cent cinquante", "مائتان و خمسون").
std::string spell_out(i18n::Lang lang, std::int64_t n) {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat rbnf(icu::URBNF_SPELLOUT,
                                  icu::Locale(std::string(i18n::code(lang)).c_str()), status);
  if (U_FAILURE(status)) return std::to_string(n);
  icu::UnicodeString out;
  rbnf.format(static_cast<int64_t>(n), out, status);
  if (U_FAILURE(status)) return std::to_string(n);
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace

std::string amount_in_words(i18n::Lang lang, std::int64_t minor, std::string_view currency) {
  std::int64_t units = minor / 100, cents = minor % 100;
  std::string out =
      spell_out(lang, units) + " " + i18n::plural(lang, currency_words_key(currency), units);
  if (cents > 0) {
    out += i18n::format(lang, "receipts.words.and") + spell_out(lang, cents) + " " +
           i18n::plural(lang, "receipts.words.cents", cents);
  }
  return out;
}

std::string register_csv(const std::vector<Receipt>& receipts) {
  std::string out(core::csv::kBom);
  out +=
      "number,issued_on,donated_on,donor,amount,currency,means,tax_receipt,campaign,"
      "pledge_reference,status,cancelled_on\r\n";
  for (const auto& r : receipts) {
    auto cell = [&out](std::string_view v, bool last = false) {
      core::csv::append_cell(out, v);
      out += last ? "\r\n" : ",";
    };
    cell(display_number(r.year, r.number));
    cell(r.issued_at.substr(0, 10));
    cell(r.donated_on);
    cell(r.donor_name);
    cell(money::to_decimal(r.amount_minor));
    cell(r.currency);
    cell(name(r.means));
    cell(r.tax_receipt() ? "yes" : "no");
    cell(r.campaign_title);
    cell(r.pledge_reference);
    cell(r.cancelled() ? "cancelled" : "issued");
    cell(r.cancelled_at.substr(0, 10), true);
  }
  return out;
}

std::vector<std::int64_t> gaps(std::vector<std::int64_t> numbers) {
  std::sort(numbers.begin(), numbers.end());
  std::vector<std::int64_t> missing;
  std::int64_t expected = 1;
  for (auto n : numbers) {
    while (expected < n) missing.push_back(expected++);
    if (n == expected) ++expected;
  }
  return missing;
}

}  // namespace comdev::receipts
