// The e-mail of an introduction, sent after the commit that made it: to the member who was
// interested (with the publishing side's contact line) and to the publishing side (with the
// member's contact line and what they wrote), each in the recipient's own language
// (members.preferred_lang), from the catalogues. The in-app notification carries it too, so a
// mail that fails is logged and the others still go.
#pragma once

#include <cstdint>
#include <string>

#include "mail/mailer.h"
#include "store/db.h"

namespace comdev::opportunities {

// Returns how many e-mails went out.
int send_introduction(store::Db& db, mail::Mailer& mailer, const std::string& base_url,
                      std::int64_t interest_id);

}  // namespace comdev::opportunities
