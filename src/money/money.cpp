#include "money/money.h"

#include <algorithm>
#include <limits>

#include "core/text.h"

namespace comdev::money {

bool is_currency(std::string_view code) {
  return std::find(kCurrencies.begin(), kCurrencies.end(), code) != kCurrencies.end();
}

std::optional<std::string> currency_code(std::string_view text) {
  std::string t = core::to_lower_ascii(core::trim_space(text));
  static constexpr std::string_view kMad[] = {
      "", "mad", "dh", "dhs", "dirham", "dirhams", "\xd8\xaf\xd8\xb1\xd9\x87\xd9\x85"};  // درهم
  static constexpr std::string_view kEur[] = {"eur", "euro", "euros", "\xe2\x82\xac",
                                              "\xd9\x8a\xd9\x88\xd8\xb1\xd9\x88"};  // يورو
  auto in = [&t](const auto& words) {
    return std::find(std::begin(words), std::end(words), t) != std::end(words);
  };
  if (in(kMad)) return "MAD";
  if (in(kEur)) return "EUR";
  return std::nullopt;
}

namespace {

// What one character of a typed amount is, after reading it as UTF-8.
enum class Sym { digit, group, decimal, minus, plus, other };

struct Read {
  Sym sym = Sym::other;
  int digit = 0;
  std::size_t length = 1;
};

// Digits 0-9, Arabic-Indic ٠-٩ (U+0660…) and Eastern Arabic-Indic ۰-۹ (U+06F0…); spaces, no-break
// and narrow no-break spaces and the Arabic thousands separator group; "," "." and the Arabic
// decimal separator "٫" are decimal.
Read read_char(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c >= '0' && c <= '9') return {Sym::digit, c - '0', 1};
  if (c == ' ' || c == '\t' || c == '\'') return {Sym::group, 0, 1};
  if (c == ',' || c == '.') return {Sym::decimal, 0, 1};
  if (c == '-') return {Sym::minus, 0, 1};
  if (c == '+') return {Sym::plus, 0, 1};
  auto next = [&](std::size_t k) {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  if (c == 0xC2 && next(1) == 0xA0) return {Sym::group, 0, 2};                     // U+00A0
  if (c == 0xE2 && next(1) == 0x80 && next(2) == 0xAF) return {Sym::group, 0, 3};  // U+202F
  if (c == 0xE2 && next(1) == 0x88 && next(2) == 0x92) return {Sym::minus, 0, 3};  // U+2212
  if (c == 0xD9 && next(1) >= 0xA0 && next(1) <= 0xA9) return {Sym::digit, next(1) - 0xA0, 2};
  if (c == 0xDB && next(1) >= 0xB0 && next(1) <= 0xB9) return {Sym::digit, next(1) - 0xB0, 2};
  if (c == 0xD9 && next(1) == 0xAB) return {Sym::decimal, 0, 2};  // U+066B
  if (c == 0xD9 && next(1) == 0xAC) return {Sym::group, 0, 2};    // U+066C
  return {Sym::other, 0, 1};
}

}  // namespace

Result<std::int64_t> parse_amount(std::string_view typed, std::int64_t max_minor) {
  std::string whole, fraction;  // ASCII digits only
  bool negative = false, seen_decimal = false, seen_sign = false;
  for (std::size_t i = 0; i < typed.size();) {
    Read r = read_char(typed, i);
    i += r.length;
    switch (r.sym) {
      case Sym::digit:
        (seen_decimal ? fraction : whole) += static_cast<char>('0' + r.digit);
        break;
      case Sym::group:
        // Grouping spaces belong between digits of the whole part only.
        if (seen_decimal && !fraction.empty()) {
          bool rest_blank = true;
          for (std::size_t j = i; j < typed.size();) {
            Read k = read_char(typed, j);
            j += k.length;
            if (k.sym != Sym::group) rest_blank = false;
          }
          if (!rest_blank) return Error::invalid("money.errors.amount");
        }
        break;
      case Sym::decimal:
        if (seen_decimal || whole.empty()) return Error::invalid("money.errors.amount");
        seen_decimal = true;
        break;
      case Sym::minus:
      case Sym::plus:
        if (seen_sign || !whole.empty() || seen_decimal)
          return Error::invalid("money.errors.amount");
        seen_sign = true;
        negative = r.sym == Sym::minus;
        break;
      case Sym::other:
        return Error::invalid("money.errors.amount");
    }
  }
  if (whole.empty() || (seen_decimal && fraction.empty())) {
    return Error::invalid("money.errors.amount");
  }
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
  bool zero = whole == "0" && fraction.find_first_not_of('0') == std::string::npos;
  if (negative || zero) return Error::invalid("money.errors.positive");
  if (fraction.size() > 2) return Error::invalid("money.errors.decimals");
  auto too_large = [&] {
    return std::move(Error::invalid("money.errors.too_large"))
        .with_param("max", std::to_string(max_minor / 100));
  };
  if (whole.size() > 15) return too_large();
  std::int64_t units = std::stoll(whole);
  std::int64_t cents =
      fraction.empty() ? 0 : std::stoll(fraction) * (fraction.size() == 1 ? 10 : 1);
  if (units > max_minor / 100) return too_large();
  std::int64_t minor = units * 100 + cents;
  if (minor > max_minor) return too_large();
  return minor;
}

std::optional<std::int64_t> parse_spreadsheet_amount(std::string_view text,
                                                     std::int64_t max_minor) {
  std::string digits;  // digits and separators only
  for (char c : text) {
    if ((c >= '0' && c <= '9') || c == ',' || c == '.') {
      digits += c;
    } else if (c == '-') {
      return std::nullopt;
    } else if (c == ' ' || c == '\'' || c == '\t' || static_cast<unsigned char>(c) >= 0x80 ||
               (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      continue;  // spaces, no-break spaces, "DH", "MAD", "€"
    } else {
      return std::nullopt;
    }
  }
  if (digits.find_first_of("0123456789") == std::string::npos) return std::nullopt;
  // The decimal separator: the last separator when followed by one or two digits and it is the
  // only one of its kind (or both kinds appear and it is the last).
  auto last = digits.find_last_of(",.");
  std::optional<std::size_t> decimal;
  if (last != std::string::npos) {
    char sep = digits[last];
    char other = sep == ',' ? '.' : ',';
    std::size_t after = digits.size() - last - 1;
    bool single = std::count(digits.begin(), digits.end(), sep) == 1;
    bool both = digits.find(other) != std::string::npos;
    if (after >= 1 && after <= 2 && (single || both)) decimal = last;
    if (both && (!decimal || !single)) return std::nullopt;
  }
  std::int64_t units = 0, cents = 0;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    char c = digits[i];
    if (decimal && i > *decimal) {
      cents = cents * 10 + (c - '0');
      continue;
    }
    if (c < '0' || c > '9') continue;
    if (units > max_minor / 10) return std::nullopt;
    units = units * 10 + (c - '0');
  }
  if (decimal && digits.size() - *decimal - 1 == 1) cents *= 10;
  if (units > max_minor / 100) return std::nullopt;
  return units * 100 + cents;
}

std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) return std::nullopt;
  return sum;
}

std::string to_decimal(std::int64_t minor) {
  unsigned long long abs = minor < 0 ? 0ULL - static_cast<unsigned long long>(minor)
                                     : static_cast<unsigned long long>(minor);
  std::string cents = std::to_string(abs % 100);
  std::string out = minor < 0 ? "-" : "";
  out += std::to_string(abs / 100);
  out += '.';
  if (cents.size() == 1) out += '0';
  out += cents;
  return out;
}

}  // namespace comdev::money
