#include "i18n/message.h"

#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

#include "i18n/format.h"

namespace comdev::i18n {

namespace {

// Appends `text` with its {name} placeholders replaced from `params`, then `extra` (may be
// null). Two sources so plural() can add {count} without copying the caller's params.
void substitute_into(std::string& out, std::string_view text, std::span<const Param> params,
                     const Param* extra) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t open = text.find('{', i);
    if (open == std::string_view::npos) break;
    std::size_t close = text.find('}', open + 1);
    if (close == std::string_view::npos) break;
    out.append(text.substr(i, open - i));
    std::string_view name = text.substr(open + 1, close - open - 1);
    const Param* found = nullptr;
    for (const Param& p : params) {
      if (p.name == name) found = &p;
    }
    if (!found && extra && extra->name == name) found = extra;
    if (found) {
      out.append(found->value);
    } else {
      out.append(text.substr(open, close - open + 1));
    }
    i = close + 1;
  }
  out.append(text.substr(i));
}

}  // namespace

std::string substitute(std::string_view text, std::span<const Param> params) {
  std::string out;
  out.reserve(text.size() + 16);
  substitute_into(out, text, params, nullptr);
  return out;
}

namespace {

const icu::PluralRules& rules(Lang lang) {
  // PluralRules::select is const, but ICU documents only its formatters as thread-safe;
  // one set per thread costs a few KB and no locking.
  thread_local std::unique_ptr<icu::PluralRules> cache[3];
  auto& slot = cache[static_cast<int>(lang)];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(icu::PluralRules::forLocale(icu::Locale(std::string(code(lang)).c_str()), status));
    if (U_FAILURE(status) || !slot) {
      status = U_ZERO_ERROR;
      slot.reset(icu::PluralRules::forLocale(icu::Locale::getRoot(), status));
    }
  }
  return *slot;
}

}  // namespace

namespace {

PluralForm select_with_icu(Lang lang, std::int64_t count) {
  icu::UnicodeString keyword = rules(lang).select(static_cast<double>(count));
  if (keyword == u"zero") return PluralForm::zero;
  if (keyword == u"one") return PluralForm::one;
  if (keyword == u"two") return PluralForm::two;
  if (keyword == u"few") return PluralForm::few;
  if (keyword == u"many") return PluralForm::many;
  return PluralForm::other;
}

// Counts on a page are small: answer 0..999 from a table built once (an ICU select costs
// about as much as rendering a whole row).
constexpr std::int64_t kTableSize = 1000;
using PluralTable = std::array<std::array<PluralForm, kTableSize>, 3>;

const PluralTable& small_counts() {
  static const PluralTable table = [] {
    PluralTable t{};
    for (Lang l : kAllLangs) {
      for (std::int64_t n = 0; n < kTableSize; ++n) {
        t[static_cast<int>(l)][static_cast<std::size_t>(n)] = select_with_icu(l, n);
      }
    }
    return t;
  }();
  return table;
}

}  // namespace

PluralForm plural_form(Lang lang, std::int64_t count) {
  if (count >= 0 && count < kTableSize) {
    return small_counts()[static_cast<int>(lang)][static_cast<std::size_t>(count)];
  }
  return select_with_icu(lang, count);
}

std::string format(const Catalogue& cat, std::string_view key, std::span<const Param> params) {
  return substitute(cat.text(key), params);
}

std::string format(Lang lang, std::string_view key, std::initializer_list<Param> params) {
  return format(catalogue(lang), key, std::span<const Param>(params.begin(), params.size()));
}

std::string format(Lang lang, std::string_view key,
                   const std::vector<std::pair<std::string, std::string>>& params) {
  std::vector<Param> converted;
  converted.reserve(params.size());
  for (const auto& [name, value] : params) converted.push_back(Param{name, value});
  return format(catalogue(lang), key, converted);
}

std::string plural(const Catalogue& cat, Lang lang, std::string_view key, std::int64_t count,
                   std::span<const Param> params) {
  std::string_view text = cat.form(key, plural_form(lang, count));
  bool has_count = false;
  for (const Param& p : params) has_count = has_count || p.name == "count";
  std::string out;
  out.reserve(text.size() + 16);
  if (has_count || text.find("{count}") == std::string_view::npos) {
    substitute_into(out, text, params, nullptr);
  } else {
    Param count_param{"count", format_number(lang, count)};
    substitute_into(out, text, params, &count_param);
  }
  return out;
}

std::string plural(Lang lang, std::string_view key, std::int64_t count,
                   std::initializer_list<Param> params) {
  return plural(catalogue(lang), lang, key, count,
                std::span<const Param>(params.begin(), params.size()));
}

}  // namespace comdev::i18n
