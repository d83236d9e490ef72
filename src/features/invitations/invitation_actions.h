// Use cases of invitations: each validates, runs in one transaction with its audit entry, and
// sends e-mail only after the commit (a rolled-back invitation never reaches anyone).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/invitations/invitation.h"
#include "features/invitations/invitation_permissions.h"
#include "mail/mailer.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::invitations {

// Where invitation e-mails go out and which links they carry.
struct Outbox {
  mail::Mailer* mailer = nullptr;  // nullptr: nothing is sent (logged)
  std::string base_url;            // COMDEV_BASE_URL
};

// The commune `organisation_id` (nullopt when no such organisation exists) and what the policy
// needs to decide about `actor`.
struct Access {
  std::optional<Commune> commune;
  Target target;
};
Result<Access> access_for(store::Db& db, const web::Actor& actor, std::int64_t organisation_id);

// Records one contact and invites them. Error::conflict with
// invitations.errors.already_member / invitations.errors.already_invited.
Status invite(store::Db& db, const Outbox& out, std::int64_t actor_id, const Commune& commune,
              const NewContact& contact, core::Seconds now);

// A CSV upload (raw bytes): decoded, parsed, checked row by row; the valid rows are inserted in
// one transaction; the e-mails leave after the commit. Errors that concern the whole file
// (encoding, columns, empty, unterminated quote) are Error::invalid with their message ids.
struct ImportReport {
  std::vector<RowReport> rows;
  std::size_t invited = 0;
};
Result<ImportReport> import_csv(store::Db& db, const Outbox& out, std::int64_t actor_id,
                                const Commune& commune, std::string_view bytes, core::Seconds now);

// The invitation behind a token, when it exists and has not expired.
Result<std::optional<Invitation>> pending(store::Db& db, std::string_view token, core::Seconds now);

// Accepts: creates the verified account with the chosen password, pre-fills the profile, links
// the person to the commune and erases the invitation. Error::not_found when the token is
// unknown or expired; Error::conflict("invitations.errors.already_member") when an account
// exists for that address; password strength errors as field errors on "password".
struct Accepted {
  std::int64_t member_id = 0;
  std::int64_t organisation_id = 0;
};
Result<Accepted> accept(store::Db& db, std::string_view token, std::string_view password,
                        core::Seconds now);

// Refuses: the record is erased entirely. Error::not_found when already gone.
Status refuse(store::Db& db, std::string_view token);

}  // namespace comdev::invitations
