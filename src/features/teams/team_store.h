// All SQL of the team (migrations/0020_teams): the members of a project's team with their role
// kind (project_team, which mobilisation also writes), the carrier organisation's verified
// representatives (carriers through their organisation), requests to join, and this feature's
// notifications. Every function takes the Conn of the caller: a transaction for writes
// (team_actions.cpp runs one per use case), any leased connection for reads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/teams/team.h"
#include "store/db.h"

namespace comdev::teams::team_store {

Result<std::optional<ProjectRef>> project(store::Conn& c, std::int64_t project_id);
// The team: rows of project_team and the carrier's verified representatives, merged (a
// representative is a carrier whatever their row says), carriers first, then by joining time.
Result<std::vector<Member>> members(store::Conn& c, std::int64_t project_id);
// The actor's role in the team (nullopt: not in it).
Result<std::optional<RoleKind>> role_of(store::Conn& c, std::int64_t project_id,
                                        std::int64_t member_id);
// The projects whose team the member is in (a row of their own, or a verified representative
// of the carrier organisation), by id.
Result<std::vector<std::int64_t>> projects_of(store::Conn& c, std::int64_t member_id);
// A member who may be added: not deleted; 0 when no such address.
Result<std::int64_t> member_by_email(store::Conn& c, const std::string& email);

// ---- writes (REQUIRES: inside the caller's transaction) ----
// Adds the member with `kind` and `title`, or gives them these when already in.
Status put_member(store::Conn& c, std::int64_t project_id, std::int64_t member_id, RoleKind kind,
                  const std::string& title, const std::string& now);
// False when the member had no row.
Result<bool> remove_member(store::Conn& c, std::int64_t project_id, std::int64_t member_id);

Result<std::optional<JoinRequest>> request(store::Conn& c, std::int64_t id);
Result<std::optional<JoinRequest>> open_request_of(store::Conn& c, std::int64_t project_id,
                                                   std::int64_t member_id);
Result<std::int64_t> insert_request(store::Conn& c, std::int64_t project_id, std::int64_t member_id,
                                    const std::string& message, const std::string& now);
// open → `to`; false when it was no longer open.
Result<bool> answer_request(store::Conn& c, std::int64_t id, const std::string& to, std::int64_t by,
                            const std::string& now);
// Open requests of a project, oldest first.
Result<std::vector<JoinRequest>> open_requests(store::Conn& c, std::int64_t project_id);

struct Notice {
  std::int64_t member_id = 0;
  std::string kind;
  std::int64_t project_id = 0;
  std::int64_t other_member_id = 0;  // 0: none
  std::int64_t thread_id = 0;        // 0: none
  bool in_digest = false;
};
Status notify(store::Conn& c, const Notice& n, const std::string& now);
// The same notice for every carrier of the team (rows and representatives) but `except`.
Status notify_carriers(store::Conn& c, const Notice& n, std::int64_t except,
                       const std::string& now);

// The mentions waiting for a member's digest: created after `since` (ISO text), on threads of
// teams the member still belongs to, newest first (at most `limit`).
struct Mention {
  std::int64_t project_id = 0;
  std::string project_title;
  std::int64_t thread_id = 0;
  std::string thread_title;
  std::string by_name;
  std::string at;
};
Result<std::vector<Mention>> mentions_since(store::Conn& c, std::int64_t member_id,
                                            const std::string& since, int limit);

}  // namespace comdev::teams::team_store
