// All SQL about invitations and the links they leave (commune_diaspora_links).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/invitations/invitation.h"
#include "store/db.h"

namespace comdev::invitations::invitation_store {

// Pending invitations of one commune, newest first (expired ones are left for the purge but
// not shown).
Result<std::vector<Invitation>> list_for(store::Db& db, std::int64_t organisation_id,
                                         core::Seconds now);
// E-mails this commune has a pending invitation for.
Result<std::set<std::string>> invited_emails(store::Db& db, std::int64_t organisation_id);
// Of these e-mails, those that belong to an account.
Result<std::set<std::string>> member_emails(store::Db& db, const std::set<std::string>& emails);
Result<bool> member_exists(store::Conn& conn, const std::string& email);
Result<bool> member_exists(store::Db& db, const std::string& email);

// Inserts one invitation; nullopt when this commune already invited that e-mail.
Result<std::optional<std::int64_t>> insert(store::Conn& conn, std::int64_t organisation_id,
                                           std::int64_t invited_by, const NewContact& c,
                                           const std::string& token_hash, const std::string& lang,
                                           core::Seconds now);

// The invitation whose token hashes to `token_hash`, expired or not.
Result<std::optional<Invitation>> find_by_token(store::Db& db, const std::string& token_hash);
// Erases an invitation; false when it was already gone (a second click, a purge).
Result<bool> erase(store::Conn& conn, std::int64_t id);

// Links a member to a commune (idempotent).
Status link(store::Conn& conn, std::int64_t organisation_id, std::int64_t member_id,
            core::Seconds since);
struct Link {
  std::int64_t organisation_id = 0;
  std::string since;
};
Result<std::vector<Link>> links_of(store::Db& db, std::int64_t member_id);
Result<bool> is_linked(store::Db& db, std::int64_t organisation_id, std::int64_t member_id);

// Erases every invitation that expired before `now`, each with an audit entry
// "invitation.expired"; returns how many.
Result<std::int64_t> purge_expired(store::Db& db, core::Seconds now);

// Account deletion: invitations sent to this e-mail and the member's links (same transaction as
// the anonymisation).
Status erase_about(store::Conn& conn, const std::string& email, std::int64_t member_id);
// Invitations pending for this e-mail (the "your data" export).
Result<std::vector<Invitation>> pending_for_email(store::Db& db, const std::string& email);

}  // namespace comdev::invitations::invitation_store
