// Small ASCII text helpers shared by the parsers (HTTP headers, forms, CSV). Header-only: they
// are a few lines each and sit on hot paths.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace comdev::core {

inline std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

inline bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Without spaces and tabs at both ends (HTTP's optional whitespace).
inline std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Without any ASCII whitespace (space, tab, CR, LF) at both ends: typed form input.
inline std::string_view trim_space(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// Whether `s` holds a control character (below U+0020, or DEL), which no name or label may hold.
// With `allow_newlines`, line breaks and tabs of a multi-line text are not counted.
inline bool has_control(std::string_view s, bool allow_newlines = false) {
  for (unsigned char c : s) {
    if (c == '\n' || c == '\r' || c == '\t') {
      if (!allow_newlines) return true;
    } else if (c < 0x20 || c == 0x7F) {
      return true;
    }
  }
  return false;
}

// FNV-1a 64-bit as 16 hex digits: tells versions of a text apart (asset URLs, migration
// checksums). Not a security boundary.
// A positive decimal id from a URL, query or form ("42"); 0 for anything else (empty, a sign,
// letters, more than 18 digits), which no row has.
inline std::int64_t parse_id(std::string_view s) {
  if (s.empty() || s.size() > 18) return 0;
  std::int64_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

inline std::string fnv1a64_hex(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buf, 16);
}

}  // namespace comdev::core
