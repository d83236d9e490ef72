// All SQL about organisations and their representatives.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/organisations/organisation.h"
#include "store/db.h"

namespace comdev::organisations::organisation_store {

// The organisations `member_id` may speak for: verified representations only.
Result<std::vector<Representation>> verified_representations(store::Db& db, std::int64_t member_id);
// True when the member is a verified representative of that organisation; false otherwise,
// including when the database cannot answer (a refusal is the safe side).
bool is_verified_representative(store::Db& db, std::int64_t member_id,
                                std::int64_t organisation_id);

Result<std::vector<Organisation>> list(store::Db& db, const Filter& f);
Result<std::int64_t> count(store::Db& db, const Filter& f);
Result<std::optional<Organisation>> find(store::Db& db, std::int64_t id);
// Creates an organisation and writes the audit entry in the same transaction.
// Error::conflict("organisations.errors.name_taken") when the name exists.
Result<std::int64_t> create(store::Db& db, std::int64_t actor_id, const NewOrganisation& o);
// Inserts or updates by name (demo data; safe to run twice).
Result<std::int64_t> upsert(store::Conn& conn, const NewOrganisation& o);

// Records (or renews, after a refusal) a request to represent the organisation. Asking again
// while a request is pending or verified changes nothing. Returns the status now stored.
Result<std::string> request_representation(store::Db& db, std::int64_t organisation_id,
                                           std::int64_t member_id, const std::string& message);
// The member's own request for that organisation, if any.
Result<std::optional<RepresentationRequest>> request_of(store::Db& db, std::int64_t organisation_id,
                                                        std::int64_t member_id);
// Pending requests, oldest first (the animator's queue).
Result<std::vector<RepresentationRequest>> pending(store::Db& db);
// Verified representatives of one organisation.
Result<std::vector<RepresentationRequest>> representatives(store::Db& db,
                                                           std::int64_t organisation_id);
// The animator's answer to a pending request, with the note of how it was checked; the audit
// entry is written in the same transaction. Error::not_found when no such request is pending
// (wrong organisation, wrong member, already answered).
Status decide(store::Db& db, std::int64_t animator_id, std::int64_t organisation_id,
              std::int64_t member_id, bool verified, const std::string& note);

}  // namespace comdev::organisations::organisation_store
