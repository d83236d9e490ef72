#include "features/invitations/invitation_mail.h"

#include <string>

#include "features/invitations/invitation_rules.h"
#include "i18n/message.h"

namespace comdev::invitations {

mail::Mail invitation_mail(const Commune& commune, const NewContact& to, std::string_view base_url,
                           std::string_view token) {
  std::string base(base_url);
  while (!base.empty() && base.back() == '/') base.pop_back();
  std::string link = base + "/invitations/" + std::string(token);
  const auto fr = i18n::Lang::fr;
  mail::Mail m;
  m.to = to.email;
  m.subject = i18n::format(fr, "invitations.mail.subject", {{"commune", commune.name}});
  m.text = i18n::format(fr, "invitations.mail.body",
                        {{"name", to.name},
                         {"commune", commune.name},
                         {"accept_url", link},
                         {"refuse_url", link + "?refuse=1"},
                         {"days", std::to_string(kValidity.count())}});
  return m;
}

}  // namespace comdev::invitations
