#include "features/accounts/accounts_mail.h"

#include "i18n/message.h"

namespace comdev::accounts {

namespace {

std::string base_url(const web::App& app) {
  std::string base = app.config().base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

}  // namespace

Status send_link(web::App& app, Purpose purpose, std::string_view to, std::string_view name,
                 std::string_view lang_code, std::string_view token) {
  i18n::Lang lang = i18n::parse_lang(lang_code).value_or(i18n::kDefaultLang);
  std::string base = base_url(app);
  std::string link = base + (purpose == Purpose::reset ? "/account/reset" : "/account/verify") +
                     "?token=" + std::string(token);
  std::string subject, body;
  std::initializer_list<i18n::Param> params = {{"name", std::string(name)}, {"link", link}};
  switch (purpose) {
    case Purpose::verify:
      subject = i18n::format(lang, "accounts.mail.verify.subject");
      body = i18n::format(lang, "accounts.mail.verify.body", params);
      break;
    case Purpose::reset:
      subject = i18n::format(lang, "accounts.mail.reset.subject");
      body = i18n::format(lang, "accounts.mail.reset.body", params);
      break;
    case Purpose::change_email:
      subject = i18n::format(lang, "accounts.mail.change.subject");
      body = i18n::format(lang, "accounts.mail.change.body", params);
      break;
  }
  return app.mailer().send({std::string(to), subject, body});
}

Status send_already_registered(web::App& app, std::string_view to, std::string_view name,
                               std::string_view lang_code) {
  i18n::Lang lang = i18n::parse_lang(lang_code).value_or(i18n::kDefaultLang);
  const std::string base = base_url(app);
  return app.mailer().send({std::string(to), i18n::format(lang, "accounts.mail.registered.subject"),
                            i18n::format(lang, "accounts.mail.registered.body",
                                         {{"name", std::string(name)},
                                          {"signin", base + "/account/signin"},
                                          {"reset", base + "/account/forgot"}})});
}

Status send_change_requested(web::App& app, std::string_view to, std::string_view name,
                             std::string_view lang_code, std::string_view new_email) {
  i18n::Lang lang = i18n::parse_lang(lang_code).value_or(i18n::kDefaultLang);
  return app.mailer().send({std::string(to),
                            i18n::format(lang, "accounts.mail.change_requested.subject"),
                            i18n::format(lang, "accounts.mail.change_requested.body",
                                         {{"name", std::string(name)},
                                          {"new_email", std::string(new_email)},
                                          {"reset", base_url(app) + "/account/forgot"}})});
}

}  // namespace comdev::accounts
