// The change log: one row per write that changes an entity kept in an in-memory index (needs
// list and facets, search, later matching). Writers append inside their own transaction;
// followers (change_follower.h) read it back so every instance sees every change within seconds.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace comdev::changes {

// Topics in use; an index subscribes to the ones it shows.
inline constexpr std::string_view kProject = "project";
inline constexpr std::string_view kNeed = "need";
inline constexpr std::string_view kOrganisation = "organisation";
// A member's profile or anything the matching engine knows of them (skills, availability, opting
// out, invitations received or answered, account deletion): entity id = member id.
inline constexpr std::string_view kProfile = "profile";
// The skill taxonomy (an administrator's edit, or the sync from data/skills.json): entity id =
// skill id; the matching index rebuilds its taxonomy.
inline constexpr std::string_view kSkill = "skill";

struct Change {
  std::int64_t id = 0;
  std::string topic;
  std::int64_t entity_id = 0;
};

namespace change_log_store {

// REQUIRES: called inside the transaction of the write it records.
// Also tells this process's follower that a local write happened (see Follower::catch_up).
Status record(store::Conn& conn, std::string_view topic, std::int64_t entity_id);

// The highest id now in the log (0 when empty).
Result<std::int64_t> latest_id(store::Db& db);

// Rows with id > after_id, plus every row written at or after `since` (an ISO time): a row whose
// transaction committed late with a smaller id is then still seen. Ordered by id.
Result<std::vector<Change>> since(store::Db& db, std::int64_t after_id, const std::string& since);

// Erases rows older than `before` (an ISO time); returns how many.
Result<std::int64_t> purge_before(store::Db& db, const std::string& before);

}  // namespace change_log_store

// A counter bumped by every record() in this process; the follower compares it with what it
// has seen to catch up at once after a local write instead of waiting for its next poll.
std::uint64_t local_write_generation();
// The same, counting only the records of `topic` (one of the topics above; any other topic
// counts every record), so a page showing projects need not wait for profile changes.
std::uint64_t local_write_generation(std::string_view topic);

}  // namespace comdev::changes
