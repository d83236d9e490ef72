// http::Form: the fields of a submitted form or a query string, in the order sent (std only).
// A name may repeat (checkboxes, multi-selects): get() returns the first value, all() every one.
//
// parse_form() reads application/x-www-form-urlencoded bytes. Every name and value is
// percent-decoded ('+' is a space) and must be valid UTF-8, so features never see broken text.
// Expected failures are Error::invalid with one of these message ids:
//   errors.form.invalid_utf8, errors.form.invalid_encoding,
//   errors.form.too_many_fields, errors.form.field_too_long
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace comdev::http {

struct FormLimits {
  std::size_t max_fields = 1000;
  std::size_t max_field_bytes = 64 * 1024;  // per decoded name or value
};

class Form {
 public:
  void add(std::string name, std::string value) {
    fields_.emplace_back(std::move(name), std::move(value));
  }
  bool has(std::string_view name) const;
  // First value of `name`, or empty when absent (use has() to tell empty from absent).
  std::string_view get(std::string_view name) const;
  std::vector<std::string_view> all(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }
  std::size_t size() const { return fields_.size(); }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

Result<Form> parse_form(std::string_view body, const FormLimits& limits = {});
// Same format as a form body; use for Request::query.
Result<Form> parse_query(std::string_view query, const FormLimits& limits = {});

}  // namespace comdev::http
