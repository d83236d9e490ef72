// The e-mails of mobilisation, sent after the commit of what they announce: an invitation (the
// need, its project and commune, why the engine proposed the expert, the link, the expiry date),
// an offer received (to the carrier's verified representatives), an offer accepted or declined,
// an invitation declined (to the inviter), and the courteous expiry notices to both sides. Each
// in the recipient's own language (members.preferred_lang), from the catalogues.
#pragma once

#include <string>
#include <vector>

#include "features/mobilisation/mobilisation_actions.h"
#include "mail/mailer.h"
#include "store/db.h"

namespace comdev::mobilisation {

// Sends one e-mail per recipient of each notice. A failure is logged and the others still go:
// the write they announce is already committed, and the in-app notification carries it too.
// Returns how many e-mails went out.
int send_notices(store::Db& db, mail::Mailer& mailer, const std::string& base_url,
                 const std::vector<Notice>& notices);

}  // namespace comdev::mobilisation
