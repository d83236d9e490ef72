#include "i18n/message.h"

#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/unistr.h>

#include <memory>

#include "i18n/format.h"

namespace comdev::i18n {

std::string substitute(std::string_view text, std::span<const Param> params) {
  std::string out;
  out.reserve(text.size() + 16);
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
    if (found) {
      out.append(found->value);
    } else {
      out.append(text.substr(open, close - open + 1));
    }
    i = close + 1;
  }
  out.append(text.substr(i));
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

PluralForm plural_form(Lang lang, std::int64_t count) {
  icu::UnicodeString keyword = rules(lang).select(static_cast<double>(count));
  if (keyword == u"zero") return PluralForm::zero;
  if (keyword == u"one") return PluralForm::one;
  if (keyword == u"two") return PluralForm::two;
  if (keyword == u"few") return PluralForm::few;
  if (keyword == u"many") return PluralForm::many;
  return PluralForm::other;
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
  if (has_count) return substitute(text, params);
  std::vector<Param> with_count(params.begin(), params.end());
  with_count.push_back(Param{"count", format_number(lang, count)});
  return substitute(text, with_count);
}

std::string plural(Lang lang, std::string_view key, std::int64_t count,
                   std::initializer_list<Param> params) {
  return plural(catalogue(lang), lang, key, count,
                std::span<const Param>(params.begin(), params.size()));
}

}  // namespace comdev::i18n
