// All SQL of the "try it" feature: whether the database is a demo, the demo accounts' members,
// their verified representations, and the rows that mark them as demo data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/tryit/demo_accounts.h"
#include "store/db.h"

namespace comdev::tryit::tryit_store {

// True when a community of this database is marked as demo data (`comdev demo` loaded it).
Result<bool> is_demo_database(store::Db& db);

// The member already recorded for that role, if any.
Result<std::optional<std::int64_t>> member_of(store::Conn& c, std::string_view role);

// Creates the account, or updates its roles (and its password when password_hash is not empty)
// if the address exists: the demo experts are members already, loaded without a password.
// The address counts as confirmed, so the account signs in at once.
Result<std::int64_t> upsert_member(store::Conn& c, const DemoAccount& a,
                                   const std::string& password_hash);
Status set_password(store::Conn& c, std::int64_t member_id, const std::string& password_hash);
// The member speaks for the organisation named `organisation` (verified, noted as demo data).
// Error::not_found when the demo lacks that organisation.
Status verify_representative(store::Conn& c, std::string_view organisation, std::int64_t member_id);
Status record(store::Conn& c, std::string_view role, std::int64_t member_id);

struct Listed {
  std::string role, email, display_name;
  // For the representatives: the organisation they speak for and its newest project, the pages
  // to start from.
  std::optional<std::int64_t> organisation_id, project_id;
};
// The recorded accounts, in no particular order.
Result<std::vector<Listed>> list(store::Db& db);

}  // namespace comdev::tryit::tryit_store
