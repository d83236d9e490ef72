// The use cases of mobilisation: invite, decline an invitation, offer help, withdraw an offer,
// accept or decline an offer. Each runs in one transaction with its notifications, its audit
// entry where it matters, and its change-log rows (topic need when the need's status moves,
// topic profile for an expert whose invitations change, so the matching index follows). Each is
// idempotent: repeating an answer already given succeeds without doing it twice.
//
// Each returns the e-mails to send once committed (mobilisation_mail.h sends them): nothing goes
// out for a write that rolled back.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/matching/matching_service.h"
#include "features/mobilisation/mobilisation.h"
#include "features/mobilisation/mobilisation_forms.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::mobilisation {

// An e-mail to send after the commit: `kind` is a notification kind; the recipients are one
// member (`to_member`), or the carrier's verified representatives (`to_carrier`, plus
// `to_member` when they are not among them: an animator who invited on the carrier's behalf).
struct Notice {
  std::string kind;
  std::int64_t to_member = 0;
  bool to_carrier = false;
  std::int64_t need_id = 0;
  std::int64_t other_member_id = 0;
  std::int64_t invitation_id = 0;
  std::int64_t offer_id = 0;
};

struct Done {
  std::int64_t id = 0;  // the invitation or offer written or answered
  std::vector<Notice> notices;
};

struct Settings {
  int expiry_days = 7;
  int max_open_invitations = 3;
};

// REQUIRES for all: `actor` is signed in (the handlers check it first).
Result<Done> invite(store::Db& db, matching::Service& matching, const web::Actor& actor,
                    std::int64_t need_id, const InvitationInput& in, const Settings& s,
                    core::Seconds now);
Result<Done> decline_invitation(store::Db& db, const web::Actor& actor, std::int64_t invitation_id,
                                core::Seconds now);
Result<Done> offer_help(store::Db& db, const web::Actor& actor, std::int64_t need_id,
                        const std::string& message, const Settings& s, core::Seconds now);
Result<Done> withdraw_offer(store::Db& db, const web::Actor& actor, std::int64_t offer_id,
                            core::Seconds now);
Result<Done> accept_offer(store::Db& db, const web::Actor& actor, std::int64_t offer_id,
                          const std::string& role, core::Seconds now);
Result<Done> decline_offer(store::Db& db, const web::Actor& actor, std::int64_t offer_id,
                           const std::string& note, core::Seconds now);

// Withdraws the open invitations and offers left behind on needs now satisfied or closed, or
// addressed to / made by a member who deleted their account (`need_id` 0: on every need), each
// with its notification. REQUIRES: inside the caller's transaction.
Status withdraw_left_behind(store::Conn& c, std::int64_t need_id, const std::string& now);

}  // namespace comdev::mobilisation
