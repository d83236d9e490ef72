// The team's forms (and the API bodies, which hand the same fields over): a member added with a
// role, a role changed, a request to join, a thread, a message. Trims, checks UTF-8 and lengths
// in characters; a message that the Markdown renderer would alter (raw HTML, a javascript: link)
// is refused with a message rather than saved as something that will not show as typed. Field
// errors are catalogue keys.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "features/teams/team.h"

namespace comdev::teams {

inline constexpr std::size_t kMaxTitle = 100;  // a member's title in the team
inline constexpr std::size_t kMaxRequestMessage = 1000;
inline constexpr std::size_t kMaxThreadTitle = 200;
inline constexpr std::size_t kMaxMessage = 10000;

struct RoleInput {
  RoleKind kind = RoleKind::expert;
  std::string title;
};
// kind: one of kRoleKinds (teams.errors.role_kind); title: optional.
Result<RoleInput> parse_role(std::string_view kind, std::string_view title);

struct NewMember {
  std::string email;
  RoleInput role;
};
// The e-mail address of a member of the platform, and their role.
Result<NewMember> parse_new_member(std::string_view email, std::string_view kind,
                                   std::string_view title);

// Optional words to the carriers.
Result<std::string> parse_request_message(std::string_view message);

struct NewThread {
  std::string title;
  std::string body;
};
Result<NewThread> parse_thread(std::string_view title, std::string_view body);
// A message's Markdown, required.
Result<std::string> parse_message(std::string_view body);

}  // namespace comdev::teams
