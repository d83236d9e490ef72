// The invitation e-mail, in French (the language communes write to their diaspora in), with the
// commune's name and the link that leads to accept or refuse.
#pragma once

#include <string_view>

#include "features/invitations/invitation.h"
#include "mail/mailer.h"

namespace comdev::invitations {

mail::Mail invitation_mail(const Commune& commune, const NewContact& to, std::string_view base_url,
                           std::string_view token);

}  // namespace comdev::invitations
