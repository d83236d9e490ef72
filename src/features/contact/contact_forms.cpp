#include "features/contact/contact_forms.h"

#include "core/email.h"
#include "core/text.h"
#include "core/utf8.h"

namespace comdev::contact {
namespace {

bool key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

}  // namespace

Result<NewMessage> validate(const RawMessage& raw, std::string_view lang) {
  std::vector<FieldError> errors;
  auto name = core::trim_space(raw.name);
  auto email = core::trim_space(raw.email);
  auto body = core::trim_space(raw.body);
  for (auto s : {raw.request_key, name, email, body}) {
    if (!is_valid_utf8(s)) return Error::invalid("errors.form.invalid_utf8");
  }
  if (utf8_length(name) < 1 || utf8_length(name) > 100)
    errors.push_back({"name", "contact.errors.name_length"});
  if (!plausible_email(email)) errors.push_back({"email", "contact.errors.email"});
  if (utf8_length(body) < 10 || utf8_length(body) > 4000) {
    errors.push_back({"message", "contact.errors.message_length"});
  }
  bool key_ok = raw.request_key.size() >= 16 && raw.request_key.size() <= 100;
  for (char c : raw.request_key) key_ok = key_ok && key_char(c);
  if (!key_ok) errors.push_back({"request_key", "errors.invalid"});
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return NewMessage{std::string(raw.request_key), std::string(name), std::string(email),
                    std::string(body), std::string(lang)};
}

}  // namespace comdev::contact
