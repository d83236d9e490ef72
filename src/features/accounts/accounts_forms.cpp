#include "features/accounts/accounts_forms.h"

#include "core/email.h"
#include "core/text.h"
#include "core/utf8.h"
#include "features/members/password.h"
#include "i18n/lang.h"

namespace comdev::accounts {

std::string normalise_email(std::string_view email) {
  auto e = core::trim_space(email);
  if (!is_valid_utf8(e) || !core::plausible_email(e)) return {};
  return core::to_lower_ascii(e);
}
Result<NewAccount> parse_signup(const RawSignup& raw, std::string_view default_lang) {
  for (auto s : {raw.display_name, raw.email, raw.password, raw.lang}) {
    if (!is_valid_utf8(s)) return Error::invalid("errors.form.invalid_utf8");
  }
  std::vector<FieldError> errors;
  auto name = core::trim_space(raw.display_name);
  bool controls = false;
  for (unsigned char c : name) controls = controls || c < 0x20 || c == 0x7f;
  if (utf8_length(name) < 1 || utf8_length(name) > 80 || controls) {
    errors.push_back({"display_name", "accounts.errors.name"});
  }
  std::string email = normalise_email(raw.email);
  if (email.empty()) errors.push_back({"email", "accounts.errors.email"});
  if (auto st = members::check_password_strength(raw.password); !st) {
    errors.push_back({"password", st.error().message_id});
  }
  auto lang = i18n::parse_lang(raw.lang);
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return NewAccount{std::string(name), email, std::string(raw.password),
                    lang ? std::string(i18n::code(*lang)) : std::string(default_lang)};
}

Result<Credentials> parse_credentials(std::string_view email, std::string_view password) {
  if (!is_valid_utf8(email) || !is_valid_utf8(password)) {
    return Error::invalid("errors.form.invalid_utf8");
  }
  std::vector<FieldError> errors;
  std::string e = normalise_email(email);
  if (e.empty()) errors.push_back({"email", "accounts.errors.email"});
  if (password.empty() || password.size() > 1024) {
    errors.push_back({"password", "accounts.errors.password_required"});
  }
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return Credentials{e, std::string(password)};
}

Result<std::string> parse_email(std::string_view email, std::string_view field) {
  std::string e = normalise_email(email);
  if (e.empty()) {
    return Error::invalid("errors.invalid", {{std::string(field), "accounts.errors.email"}});
  }
  return e;
}

Result<std::string> parse_new_password(std::string_view password) {
  if (!is_valid_utf8(password)) return Error::invalid("errors.form.invalid_utf8");
  if (auto st = members::check_password_strength(password); !st) {
    return Error::invalid("errors.invalid", {{"password", st.error().message_id}});
  }
  return std::string(password);
}

}  // namespace comdev::accounts
