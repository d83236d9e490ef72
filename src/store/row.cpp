// Row accessors: lenient conversions so a feature reads a column the same way on both drivers
// (SQLite may hand back text where PostgreSQL hands back an integer, and vice versa).
#include <charconv>
#include <cstdio>

#include "store/db.h"

namespace comdev::store {

namespace {

struct Formatter {
  std::string operator()(std::monostate) const { return {}; }
  std::string operator()(std::int64_t v) const { return std::to_string(v); }
  std::string operator()(double v) const {
    // %.17g round-trips every double; shorter forms would lose precision on the way back.
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
  }
  std::string operator()(const std::string& v) const { return v; }
};

}  // namespace

bool Row::is_null(std::size_t i) const {
  return std::holds_alternative<std::monostate>(values_.at(i));
}

std::int64_t Row::integer(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<std::int64_t>(&v)) return *p;
  if (auto p = std::get_if<double>(&v)) return static_cast<std::int64_t>(*p);
  if (auto p = std::get_if<std::string>(&v)) {
    std::int64_t out = 0;
    std::from_chars(p->data(), p->data() + p->size(), out);
    return out;
  }
  return 0;
}

double Row::real(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<double>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return static_cast<double>(*p);
  if (auto p = std::get_if<std::string>(&v)) {
    // strtod rather than from_chars<double>: the latter is not in libstdc++ 12 for all targets.
    return std::strtod(p->c_str(), nullptr);
  }
  return 0.0;
}

std::string Row::text(std::size_t i) const {
  return std::visit(Formatter{}, values_.at(i));
}

std::optional<std::string> Row::opt_text(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return text(i);
}

}  // namespace comdev::store
