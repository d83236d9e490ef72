// All SQL of "your data": the export of everything about one member and the anonymisation of
// their account. Both read the tables of other features directly, listed in mydata_store.cpp,
// and skip a table that does not exist yet, so the export stays complete as features land.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.h"
#include "features/mydata/mydata.h"
#include "store/db.h"

namespace comdev::mydata::mydata_store {

Result<std::optional<Account>> account(store::Db& db, std::int64_t member_id);

// Every section of the export, in a fixed order.
Result<std::vector<Section>> export_sections(store::Db& db, std::int64_t member_id);

// Anonymises the account in one transaction: placeholder e-mail, empty name and password, the
// anonymised flag; deletes profile, visibility, photo, skills, windows, sessions, tokens,
// memberships, invitations and commune links; writes the audit entry "member.deleted".
// Contributions (organisations created, messages…) keep pointing at the member id.
// Error::not_found when there is no live account with that id.
Status anonymise(store::Db& db, std::int64_t member_id);

// The audit log for administrators, newest first, with the actor's name (or deleted flag).
Result<std::vector<AuditLine>> audit_page(store::Db& db, int limit, int offset);
Result<std::int64_t> audit_count(store::Db& db);

}  // namespace comdev::mydata::mydata_store
