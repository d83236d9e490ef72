#include "http/form.h"

#include "core/utf8.h"
#include "http/percent.h"

namespace comdev::http {
namespace {

Result<std::string> decode_part(std::string_view raw, const FormLimits& limits) {
  // An encoded byte takes at most 3 characters, so longer raw input cannot fit the limit.
  if (raw.size() > 3 * limits.max_field_bytes) return Error::invalid("errors.form.field_too_long");
  auto decoded = percent_decode(raw, /*plus_as_space=*/true);
  if (!decoded) return Error::invalid("errors.form.invalid_encoding");
  if (decoded->size() > limits.max_field_bytes) return Error::invalid("errors.form.field_too_long");
  if (!is_valid_utf8(*decoded)) return Error::invalid("errors.form.invalid_utf8");
  return std::move(*decoded);
}

}  // namespace

bool Form::has(std::string_view name) const {
  for (const auto& [n, v] : fields_) {
    if (n == name) return true;
  }
  return false;
}

std::string_view Form::get(std::string_view name) const {
  for (const auto& [n, v] : fields_) {
    if (n == name) return v;
  }
  return {};
}

std::vector<std::string_view> Form::all(std::string_view name) const {
  std::vector<std::string_view> out;
  for (const auto& [n, v] : fields_) {
    if (n == name) out.push_back(v);
  }
  return out;
}

Result<Form> parse_form(std::string_view body, const FormLimits& limits) {
  Form form;
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t amp = body.find('&', start);
    if (amp == std::string_view::npos) amp = body.size();
    std::string_view pair = body.substr(start, amp - start);
    start = amp + 1;
    if (pair.empty()) continue;  // "a=1&&b=2" and a trailing '&' are harmless
    if (form.size() >= limits.max_fields) return Error::invalid("errors.form.too_many_fields");
    std::size_t eq = pair.find('=');
    auto name = decode_part(pair.substr(0, eq), limits);
    if (!name) return std::move(name).error();
    std::string value;
    if (eq != std::string_view::npos) {
      auto v = decode_part(pair.substr(eq + 1), limits);
      if (!v) return std::move(v).error();
      value = std::move(*v);
    }
    form.add(std::move(*name), std::move(value));
  }
  return form;
}

Result<Form> parse_query(std::string_view query, const FormLimits& limits) {
  return parse_form(query, limits);
}

}  // namespace comdev::http
