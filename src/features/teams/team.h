// A project's team as a workspace: its members with a role kind, requests to join, and the
// team's discussion (threads of Markdown messages). Tables of migrations/0020_teams and
// 0021_discussion; `project_team` itself is shared with mobilisation, which adds experts to it.
// Plain structs; std only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::teams {

// project_team.role_kind. A member's place in the team, from least to most rights:
// observers read; experts and animators write; animators also moderate; carriers manage the team.
enum class RoleKind { observer, expert, animator, carrier };
inline constexpr std::array<std::string_view, 4> kRoleKinds = {"carrier", "expert", "animator",
                                                               "observer"};
std::string_view name(RoleKind k);
std::optional<RoleKind> parse_role_kind(std::string_view s);

struct Member {
  std::int64_t member_id = 0;
  std::string display_name;
  RoleKind kind = RoleKind::expert;
  std::string title;  // free text ("Ingénieure de l'étude"), may be empty
  // A verified representative of the project's carrier organisation: a carrier through the
  // organisation, without (or beside) a row of their own.
  bool by_organisation = false;
  bool has_row = true;
  std::string joined_at;
};

struct JoinRequest {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::int64_t member_id = 0;
  std::string display_name;
  std::string message;
  std::string status = "open";
  std::string created_at;
};

// What the team feature needs to know about a project.
struct ProjectRef {
  std::int64_t id = 0;
  std::string title;
  std::int64_t carrier_id = 0;  // the carrier organisation
};

struct Thread {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string title;
  std::int64_t author_id = 0;
  std::string author_name;
  std::string created_at, last_message_at;
  std::int64_t message_count = 0;
};

struct Message {
  std::int64_t id = 0;
  std::int64_t thread_id = 0;
  std::int64_t author_id = 0;  // 0: the author deleted their account
  std::string author_name;
  std::string body_md;  // empty once removed by moderation
  std::string created_at;
  std::string edited_at;   // "" when never edited
  std::string deleted_at;  // "" unless removed by moderation
};

// A page of a keyset-paged list: the rows, and the ids to continue from ("" none).
template <class T>
struct Page {
  std::vector<T> rows;
  std::int64_t older = 0;  // the list goes on before this id (?before=older)
  std::int64_t newer = 0;  // the list goes on after this id (?after=newer)
};

// notifications.kind written by this feature.
inline constexpr const char* kJoinRequested = "team_join_requested";
inline constexpr const char* kJoinAccepted = "team_join_accepted";
inline constexpr const char* kJoinDeclined = "team_join_declined";
inline constexpr const char* kMentioned = "discussion_mention";

}  // namespace comdev::teams
