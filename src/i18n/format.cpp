#include "i18n/format.h"

#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/timezone.h>
#include <unicode/ucurr.h>
#include <unicode/unistr.h>

#include <array>
#include <charconv>
#include <map>
#include <memory>
#include <utility>

namespace comdev::i18n {
namespace {

// ar-MA with latn digits: Moroccan usage (Western digits, Maghrebi month names).
// en-GB: "22 November 2026", day first like the other two languages.
const char* icu_locale(Lang lang) {
  switch (lang) {
    case Lang::ar:
      return "ar-MA-u-nu-latn";
    case Lang::en:
      return "en-GB";
    case Lang::fr:
      break;
  }
  return "fr-FR";
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// LocalizedNumberFormatter is immutable and documented thread-safe: share one per language.
const icu::number::LocalizedNumberFormatter& number_formatter(Lang lang) {
  static const std::array<icu::number::LocalizedNumberFormatter, 3> formatters = [] {
    std::array<icu::number::LocalizedNumberFormatter, 3> f;
    for (Lang l : kAllLangs) {
      f[static_cast<int>(l)] = icu::number::NumberFormatter::withLocale(icu::Locale(icu_locale(l)));
    }
    return f;
  }();
  return formatters[static_cast<int>(lang)];
}

}  // namespace

void append_number_with_icu(std::string& out, Lang lang, std::int64_t n) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s = number_formatter(lang).formatInt(n, status).toString(status);
  if (U_FAILURE(status)) {
    out.append(std::to_string(n));
    return;
  }
  s.toUTF8String(out);
}

namespace {

// ICU's grouping separator per language, read once. Used to group non-negative integers
// without ICU: a NumberFormatter call costs ~0.5 us, a page writes dozens of numbers.
// format_test checks this path against ICU.
const std::array<std::string, 3>& grouping_separators() {
  static const std::array<std::string, 3> separators = [] {
    std::array<std::string, 3> s;
    for (Lang l : kAllLangs) {
      // 1000 formats as "1<sep>000": the separator is what lies between the digits.
      std::string thousand;
      append_number_with_icu(thousand, l, 1000);
      s[static_cast<int>(l)] = thousand.size() > 4 ? thousand.substr(1, thousand.size() - 4) : "";
    }
    return s;
  }();
  return separators;
}

}  // namespace

void append_number(std::string& out, Lang lang, std::int64_t n) {
  const std::string& sep = grouping_separators()[static_cast<int>(lang)];
  if (n < 0 || sep.empty()) {  // signs vary (ar-MA adds a direction mark): ask ICU
    append_number_with_icu(out, lang, n);
    return;
  }
  char digits[24];
  char* end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  std::size_t len = static_cast<std::size_t>(end - digits);
  std::size_t head = len % 3 == 0 ? 3 : len % 3;
  out.append(digits, head);
  for (std::size_t i = head; i < len; i += 3) {
    out.append(sep);
    out.append(digits + i, 3);
  }
}

std::string format_number(Lang lang, std::int64_t n) {
  std::string out;
  append_number(out, lang, n);
  return out;
}

std::string format_date(Lang lang, std::chrono::sys_seconds t) {
  // DateFormat::format is not thread-safe: one formatter per thread and language.
  thread_local std::array<std::unique_ptr<icu::DateFormat>, 3> cache;
  auto& fmt = cache[static_cast<int>(lang)];
  if (!fmt) {
    fmt.reset(
        icu::DateFormat::createDateInstance(icu::DateFormat::kLong, icu::Locale(icu_locale(lang))));
    if (!fmt) return std::to_string(t.time_since_epoch().count());
    fmt->adoptTimeZone(icu::TimeZone::createTimeZone("Africa/Casablanca"));
  }
  icu::UnicodeString s;
  fmt->format(static_cast<UDate>(t.time_since_epoch().count()) * 1000.0, s);
  return to_utf8(s);
}

std::string format_day(Lang lang, std::chrono::year_month_day day) {
  // One formatter per thread and language, as format_date; in GMT, so the day is not moved.
  thread_local std::array<std::unique_ptr<icu::DateFormat>, 3> cache;
  auto& fmt = cache[static_cast<int>(lang)];
  if (!fmt) {
    fmt.reset(
        icu::DateFormat::createDateInstance(icu::DateFormat::kFull, icu::Locale(icu_locale(lang))));
    if (!fmt) return {};
    fmt->adoptTimeZone(icu::TimeZone::createTimeZone("GMT"));
  }
  std::chrono::sys_seconds noon = std::chrono::sys_days{day} + std::chrono::hours{12};
  icu::UnicodeString s;
  fmt->format(static_cast<UDate>(noon.time_since_epoch().count()) * 1000.0, s);
  return to_utf8(s);
}

std::string format_money(Lang lang, std::int64_t minor_units, std::string_view currency) {
  UErrorCode status = U_ZERO_ERROR;
  icu::CurrencyUnit unit(icu::StringPiece(currency.data(), static_cast<int32_t>(currency.size())),
                         status);
  int32_t digits = 2;
  if (U_SUCCESS(status)) digits = ucurr_getDefaultFractionDigits(unit.getISOCurrency(), &status);
  if (U_FAILURE(status) || currency.size() != 3) {
    return format_number(lang, minor_units) + " " + std::string(currency);
  }
  // Build the exact decimal "-1234.56" from integers: no floating-point rounding. Appends
  // only: g++ 12 -O3 reports a false -Wrestrict on std::string::insert here.
  unsigned long long abs_minor = minor_units < 0
                                     ? 0ULL - static_cast<unsigned long long>(minor_units)
                                     : static_cast<unsigned long long>(minor_units);
  std::string all_digits = std::to_string(abs_minor);
  std::size_t fraction = digits > 0 ? static_cast<std::size_t>(digits) : 0;
  if (all_digits.size() <= fraction) {
    std::string padded(fraction + 1 - all_digits.size(), '0');
    padded += all_digits;
    all_digits = std::move(padded);
  }
  std::string magnitude;
  if (minor_units < 0) magnitude += '-';
  magnitude.append(all_digits, 0, all_digits.size() - fraction);
  if (fraction > 0) {
    magnitude += '.';
    magnitude.append(all_digits, all_digits.size() - fraction, fraction);
  }

  // Currency varies per call; keep the formatters already built for this thread.
  thread_local std::map<std::pair<Lang, std::string>, icu::number::LocalizedNumberFormatter,
                        std::less<>>
      cache;
  auto key = std::make_pair(lang, std::string(currency));
  auto it = cache.find(key);
  if (it == cache.end()) {
    it = cache
             .emplace(
                 key,
                 icu::number::NumberFormatter::withLocale(icu::Locale(icu_locale(lang))).unit(unit))
             .first;
  }
  icu::UnicodeString s =
      it->second.formatDecimal(icu::StringPiece(magnitude), status).toString(status);
  if (U_FAILURE(status)) return magnitude + " " + std::string(currency);
  return to_utf8(s);
}

}  // namespace comdev::i18n
