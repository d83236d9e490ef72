#include "web/render.h"

#include <array>
#include <charconv>

namespace comdev::web {
namespace {

// The entity for each byte that needs one, or nullptr. A table keeps the loop branch-light:
// most bytes of a page need no escaping and are copied in runs.
constexpr std::array<const char*, 256> make_entities() {
  std::array<const char*, 256> e{};
  e['&'] = "&amp;";
  e['<'] = "&lt;";
  e['>'] = "&gt;";
  e['"'] = "&quot;";
  e['\''] = "&#39;";
  return e;
}
constexpr std::array<const char*, 256> kEntities = make_entities();

void escape(std::string& buf, std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  const char* run = p;
  for (; p != end; ++p) {
    const char* entity = kEntities[static_cast<unsigned char>(*p)];
    if (entity == nullptr) [[likely]]
      continue;
    buf.append(run, p);
    buf.append(entity);
    run = p + 1;
  }
  buf.append(run, end);
}

bool allowed_scheme(std::string_view url) {
  std::size_t stop = url.find_first_of(":/?#");
  if (stop == std::string_view::npos || url[stop] != ':') return true;  // relative URL
  // Browsers ignore whitespace and control characters inside the scheme ("java\tscript:").
  std::string scheme;
  for (char c : url.substr(0, stop)) {
    if (static_cast<unsigned char>(c) <= 0x20) continue;
    scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

std::string iso_date(std::chrono::sys_seconds t) {
  std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(t)};
  char buf[16];
  int y = static_cast<int>(ymd.year());
  unsigned m = static_cast<unsigned>(ymd.month()), d = static_cast<unsigned>(ymd.day());
  char* p = buf;
  p = std::to_chars(p, buf + 5, y).ptr;
  *p++ = '-';
  *p++ = static_cast<char>('0' + m / 10);
  *p++ = static_cast<char>('0' + m % 10);
  *p++ = '-';
  *p++ = static_cast<char>('0' + d / 10);
  *p++ = static_cast<char>('0' + d % 10);
  return std::string(buf, p);
}

}  // namespace

void write_text(Out& out, std::string_view s) {
  escape(out.buf, s);
}
void write_attr(Out& out, std::string_view s) {
  escape(out.buf, s);
}
void write_raw(Out& out, std::string_view s) {
  out.buf.append(s);
}

void write_url(Out& out, std::string_view s) {
  if (!allowed_scheme(s)) {
    out.buf.append("about:invalid");
    return;
  }
  escape(out.buf, s);
}

void write(Out& out, std::chrono::sys_seconds t) {
  escape(out.buf, i18n::format_date(out.lang, t));
}
void write(Out& out, const Money& m) {
  escape(out.buf, i18n::format_money(out.lang, m.minor, m.currency));
}

void write_attr_number(Out& out, std::int64_t n) {
  char digits[24];
  auto res = std::to_chars(digits, digits + sizeof digits, n);
  out.buf.append(digits, res.ptr);
}
void write_attr(Out& out, std::chrono::sys_seconds t) {
  out.buf.append(iso_date(t));
}
void write_attr(Out& out, const Money& m) {
  escape(out.buf, i18n::format_money(out.lang, m.minor, m.currency));
}

void t(Out& out, std::string_view key) {
  escape(out.buf, out.cat.text(key));
}

namespace {

// True when `v` holds letters: ASCII ones or any non-ASCII character but the no-break spaces
// that group digits (U+00A0, U+202F), so formatted numbers are left as they are.
bool has_letters(std::string_view v) {
  for (std::size_t i = 0; i < v.size(); ++i) {
    auto u = static_cast<unsigned char>(v[i]);
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')) return true;
    if (u < 0x80) continue;
    if (v.substr(i, 2) == "\xC2\xA0") {
      i += 1;
    } else if (v.substr(i, 3) == "\xE2\x80\xAF") {
      i += 2;
    } else {
      return true;
    }
  }
  return false;
}

// Writes catalogue `text` escaped, its {name} placeholders filled from `params` and {count}
// from `count` (if given and not in params), straight into the page: no temporary strings.
void write_message(Out& out, std::string_view text, std::initializer_list<i18n::Param> params,
                   const std::int64_t* count) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t open = text.find('{', i);
    if (open == std::string_view::npos) break;
    std::size_t close = text.find('}', open + 1);
    if (close == std::string_view::npos) break;
    escape(out.buf, text.substr(i, open - i));
    std::string_view name = text.substr(open + 1, close - open - 1);
    const i18n::Param* found = nullptr;
    for (const i18n::Param& p : params) {
      if (p.name == name) found = &p;
    }
    if (found) {
      // A name inserted into a sentence may run the other way (a Latin commune name in an
      // Arabic sentence): isolate it (U+2068 … U+2069) so it cannot reorder its neighbours.
      bool words = has_letters(found->value);
      if (words) out.buf += "\u2068";
      escape(out.buf, found->value);
      if (words) out.buf += "\u2069";
    } else if (count && name == "count") {
      i18n::append_number(out.buf, out.lang, *count);  // digits and spaces: nothing to escape
    } else {
      escape(out.buf, text.substr(open, close - open + 1));
    }
    i = close + 1;
  }
  escape(out.buf, text.substr(i));
}

}  // namespace

void t_format(Out& out, std::string_view key, std::initializer_list<i18n::Param> params) {
  write_message(out, out.cat.text(key), params, nullptr);
}

void t_plural(Out& out, std::string_view key, std::int64_t count,
              std::initializer_list<i18n::Param> params) {
  write_message(out, out.cat.form(key, i18n::plural_form(out.lang, count)), params, &count);
}

std::string param(const Out& out, std::chrono::sys_seconds t) {
  return i18n::format_date(out.lang, t);
}
std::string param(const Out& out, const Money& m) {
  return i18n::format_money(out.lang, m.minor, m.currency);
}

}  // namespace comdev::web
