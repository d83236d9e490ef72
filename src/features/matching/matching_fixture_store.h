// Test fixtures for matching: members with skills, languages, windows and attachments written
// straight to the tables with their change-log rows (topic profile), as the profile writers do.
// Not linked into the server (library comdev_matching_fixtures).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace comdev::matching::fixture_store {

struct FixtureExpert {
  std::string name = "Expert";
  std::vector<std::pair<std::int64_t, std::string>> skills;  // skill id, level
  std::vector<std::string> languages;
  int remote_hours = 0;
  bool open_to_invitations = true;
  std::vector<std::int64_t> attachments;  // territory ids
  struct Window {
    std::int64_t territory_id = 0;
    std::string starts_on, ends_on;
  };
  std::vector<Window> windows;
};

// A member with that profile; returns the member id.
Result<std::int64_t> expert(store::Db& db, const FixtureExpert& e);
Status set_open_to_invitations(store::Db& db, std::int64_t member_id, bool open);
Status set_remote_hours(store::Db& db, std::int64_t member_id, int hours);
Status delete_account(store::Db& db, std::int64_t member_id);

}  // namespace comdev::matching::fixture_store
