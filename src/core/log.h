// Structured logging: one JSON object per line on stderr, so operators can grep and ship logs.
// Thread-safe (each line is written with one call). Never pass passwords, tokens, e-mail bodies
// or message texts as fields.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <variant>

namespace comdev::log {

using FieldValue = std::variant<std::string_view, std::int64_t, double, bool>;
struct Field {
  std::string_view key;
  FieldValue value;
  Field(std::string_view k, std::string_view v) : key(k), value(v) {}
  Field(std::string_view k, const std::string& v) : key(k), value(std::string_view(v)) {}
  Field(std::string_view k, const char* v) : key(k), value(std::string_view(v)) {}
  Field(std::string_view k, std::int64_t v) : key(k), value(v) {}
  Field(std::string_view k, int v) : key(k), value(static_cast<std::int64_t>(v)) {}
  Field(std::string_view k, unsigned v) : key(k), value(static_cast<std::int64_t>(v)) {}
  Field(std::string_view k, std::size_t v) : key(k), value(static_cast<std::int64_t>(v)) {}
  Field(std::string_view k, double v) : key(k), value(v) {}
  Field(std::string_view k, bool v) : key(k), value(v) {}
};

enum class Level { debug, info, warn, error };

// Builds the line (exposed for tests).
std::string format_line(Level level, std::string_view msg, std::initializer_list<Field> fields);

void write(Level level, std::string_view msg, std::initializer_list<Field> fields = {});
inline void info(std::string_view msg, std::initializer_list<Field> f = {}) {
  write(Level::info, msg, f);
}
inline void warn(std::string_view msg, std::initializer_list<Field> f = {}) {
  write(Level::warn, msg, f);
}
inline void error(std::string_view msg, std::initializer_list<Field> f = {}) {
  write(Level::error, msg, f);
}

// Turns off output (benchmarks, tests that expect noise).
void set_enabled(bool enabled);
bool enabled();

// Appends s as a JSON string literal (with quotes). Shared with the JSON replies of the web layer.
void append_json_string(std::string& out, std::string_view s);

}  // namespace comdev::log
