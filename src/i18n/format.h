// Numbers, dates and money written the way each language writes them, with ICU.
//
// French groups digits with a narrow no-break space (U+202F); Arabic uses Western digits as in
// Morocco (locale ar-MA, latn numbering); dates are long dates in Africa/Casablanca time
// ("22 novembre 2026", "22 نونبر 2026", "22 November 2026"). ICU objects are built once per
// language (per thread where ICU does not promise thread-safety). Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "i18n/lang.h"

namespace comdev::i18n {

std::string format_number(Lang lang, std::int64_t n);
// Appends instead of returning: the render path avoids a temporary.
void append_number(std::string& out, Lang lang, std::int64_t n);
// The same through ICU's NumberFormatter every time: the reference the fast path is tested
// against.
void append_number_with_icu(std::string& out, Lang lang, std::int64_t n);

std::string format_date(Lang lang, std::chrono::sys_seconds t);
// A calendar day with its weekday, in no time zone ("samedi 20 février 2027"): the date of a
// civil time, already on the clocks of the zone it is shown in.
std::string format_day(Lang lang, std::chrono::year_month_day day);

// `minor_units` in the currency's smallest unit (centimes for MAD/EUR); `currency` is an ISO
// 4217 code. An unknown code is formatted as a plain number followed by the code.
std::string format_money(Lang lang, std::int64_t minor_units, std::string_view currency);

}  // namespace comdev::i18n
