// render: the runtime that templatec's generated code calls (ARCHITECTURE.md §7).
//
// A page is rendered by appending to one std::string through these functions; each chooses
// the escaping of its context: text, quoted attribute value, or URL attribute. Values are
// formatted for the reader's language in text (numbers, dates, money) and in a
// machine-readable form inside attributes (value="1234", datetime="2026-11-22").
//
// Out does not own its buffer or catalogue; both must outlive the render call. Rendering is
// thread-safe as long as each thread has its own Out.
#pragma once

#include <chrono>
#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "i18n/catalogue.h"
#include "i18n/format.h"
#include "i18n/lang.h"
#include "i18n/message.h"
#include "money/money.h"

namespace comdev::web {

struct Out {
  std::string& buf;
  i18n::Lang lang;
  const i18n::Catalogue& cat;
};

// An amount of money: integer minor units (centimes) plus an ISO 4217 code.
using Money = money::Money;

// Integers that read as numbers (not bool, not characters).
template <class T>
concept Number = std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char>;

// ---- escaping primitives ----
void write_text(Out& out, std::string_view s);  // HTML-escapes & < > " '
void write_attr(Out& out, std::string_view s);  // same set: safe in "..." and '...'
// A URL at the start of an attribute value: schemes other than http, https, mailto and tel
// (javascript:, data:, vbscript:, ...) are replaced by "about:invalid"; then attr-escaped.
void write_url(Out& out, std::string_view s);
void write_raw(Out& out, std::string_view s);  // {{ x | raw }}: only for sanitised HTML

// ---- {{ x }} in text ----
inline void write(Out& out, std::string_view s) {
  write_text(out, s);
}
inline void write(Out& out, const std::string& s) {
  write_text(out, s);
}
inline void write(Out& out, const char* s) {
  write_text(out, s);
}
template <Number T>
void write(Out& out, T n) {
  i18n::append_number(out.buf, out.lang, static_cast<std::int64_t>(n));
}
void write(Out& out, std::chrono::sys_seconds t);
void write(Out& out, const Money& m);
template <class T>
void write(Out& out, const std::optional<T>& o) {
  if (o) write(out, *o);
}

// ---- {{ x }} in an attribute value ----
inline void write_attr(Out& out, const std::string& s) {
  write_attr(out, std::string_view(s));
}
inline void write_attr(Out& out, const char* s) {
  write_attr(out, std::string_view(s));
}
void write_attr_number(Out& out, std::int64_t n);
template <Number T>
void write_attr(Out& out, T n) {
  write_attr_number(out, static_cast<std::int64_t>(n));
}
void write_attr(Out& out, std::chrono::sys_seconds t);  // ISO date, for datetime=
void write_attr(Out& out, const Money& m);
template <class T>
void write_attr(Out& out, const std::optional<T>& o) {
  if (o) write_attr(out, *o);
}

inline void write_url(Out& out, const std::string& s) {
  write_url(out, std::string_view(s));
}
inline void write_url(Out& out, const char* s) {
  write_url(out, std::string_view(s));
}
template <Number T>
void write_url(Out& out, T n) {
  write_attr_number(out, static_cast<std::int64_t>(n));
}

inline void write_raw(Out& out, const std::string& s) {
  write_raw(out, std::string_view(s));
}
inline void write_raw(Out& out, const char* s) {
  write_raw(out, std::string_view(s));
}

// ---- {% if x %} ----
// bool as is; numbers non-zero; strings and containers non-empty; optional engaged; pointers
// non-null.
template <class T>
bool truthy(const T& x) {
  if constexpr (std::is_same_v<T, bool>) {
    return x;
  } else if constexpr (std::is_arithmetic_v<T> || std::is_pointer_v<T>) {
    return x != T{};
  } else if constexpr (requires { x.has_value(); }) {
    return x.has_value();
  } else if constexpr (requires { x.empty(); }) {
    return !x.empty();
  } else {
    static_assert(sizeof(T) == 0, "web::truthy: give this type a truthy() overload");
  }
}

// ---- {% t %} ----
void t(Out& out, std::string_view key);
void t_format(Out& out, std::string_view key, std::initializer_list<i18n::Param> params);
void t_plural(Out& out, std::string_view key, std::int64_t count,
              std::initializer_list<i18n::Param> params);

// count=... of a plural: a number, or the size of a container.
template <class T>
std::int64_t count_of(const T& x) {
  if constexpr (std::is_arithmetic_v<T>) {
    return static_cast<std::int64_t>(x);
  } else {
    return static_cast<std::int64_t>(x.size());
  }
}

// A {name} parameter's text, formatted like write() would.
inline std::string param(const Out&, std::string_view s) {
  return std::string(s);
}
inline std::string param(const Out&, const std::string& s) {
  return s;
}
inline std::string param(const Out&, const char* s) {
  return s;
}
template <Number T>
std::string param(const Out& out, T n) {
  return i18n::format_number(out.lang, static_cast<std::int64_t>(n));
}
std::string param(const Out& out, std::chrono::sys_seconds t);
std::string param(const Out& out, const Money& m);

}  // namespace comdev::web
