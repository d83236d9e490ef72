#include "core/log.h"

#include <unistd.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace comdev::log {
namespace {

std::atomic<bool> g_enabled{true};

std::string_view level_name(Level l) {
  switch (l) {
    case Level::debug:
      return "debug";
    case Level::info:
      return "info";
    case Level::warn:
      return "warn";
    case Level::error:
      return "error";
  }
  return "info";
}

void append_timestamp(std::string& out) {
  using namespace std::chrono;
  auto now = system_clock::now();
  std::time_t t = system_clock::to_time_t(now);
  auto ms = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  out += buf;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

std::string format_line(Level level, std::string_view msg, std::initializer_list<Field> fields) {
  std::string out;
  out.reserve(128);
  out += "{\"ts\":\"";
  append_timestamp(out);
  out += "\",\"level\":\"";
  out += level_name(level);
  out += "\",\"msg\":";
  append_json_string(out, msg);
  for (const auto& f : fields) {
    out += ',';
    append_json_string(out, f.key);
    out += ':';
    if (auto s = std::get_if<std::string_view>(&f.value)) {
      append_json_string(out, *s);
    } else if (auto i = std::get_if<std::int64_t>(&f.value)) {
      out += std::to_string(*i);
    } else if (auto d = std::get_if<double>(&f.value)) {
      char buf[32];
      auto [p, ec] = std::to_chars(buf, buf + sizeof buf, *d);
      out.append(buf, ec == std::errc{} ? p : buf);
    } else {
      out += std::get<bool>(f.value) ? "true" : "false";
    }
  }
  out += "}\n";
  return out;
}

void write(Level level, std::string_view msg, std::initializer_list<Field> fields) {
  if (!g_enabled.load(std::memory_order_relaxed)) return;
  std::string line = format_line(level, msg, fields);
  // One write(2) per line keeps lines whole when several threads log at once.
  (void)!::write(STDERR_FILENO, line.data(), line.size());
}

void set_enabled(bool enabled) {
  g_enabled.store(enabled, std::memory_order_relaxed);
}

bool enabled() {
  return g_enabled.load(std::memory_order_relaxed);
}

}  // namespace comdev::log
