// The rules of a receipt, pure: how its number is written, which mention its status requires,
// the amount in words (the law asks for it on a French tax receipt, and a hand-typed figure is
// easy to misread), and the register of an organisation's receipts as CSV for its accountant.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/receipts/receipt.h"
#include "i18n/lang.h"

namespace comdev::receipts {

// "2026-000042": the year and the number within the organisation's year, six digits so that the
// register sorts as text.
std::string display_number(int year, std::int64_t number);

// The calendar year of an ISO date-time or date ("2026-12-31T23:59:00Z" → 2026); 0 when unreadable.
int year_of(std::string_view iso);

// An ISO date or date-time ("2026-12-06", "2026-12-06T10:00:00Z") as `lang` writes the day
// ("6 décembre 2026"); the text as it is when it is not a date.
std::string long_day(i18n::Lang lang, std::string_view iso);

// The catalogue key of the mention the receipt must carry: a French tax receipt (articles 200
// and 238 bis of the code général des impôts), or the statement that it is not one.
std::string_view status_mention_key(const Receipt& r);

// The amount written out in `lang` ("mille deux cent cinquante euros et cinquante centimes"),
// through ICU's spell-out rules; the currency names come from the catalogue (plural forms).
std::string amount_in_words(i18n::Lang lang, std::int64_t minor, std::string_view currency);

// The register: one line per receipt (cancelled ones included, so a gap is never hidden), RFC
// 4180 with a BOM; cells neutralised against formulas.
std::string register_csv(const std::vector<Receipt>& receipts);

// The numbers missing from 1..max in `numbers` (sorted or not): what an audit of the register
// looks for. Empty when the sequence has no gap.
std::vector<std::int64_t> gaps(std::vector<std::int64_t> numbers);

}  // namespace comdev::receipts
