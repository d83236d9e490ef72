// The mobilisation forms (and the API bodies, which hand the same fields over): an invitation
// (expert id, optional message), an offer of help (a message), an acceptance (a role), a refusal
// (an optional note). Trims, checks UTF-8 and lengths in characters; field errors are catalogue
// keys. Shared by the pages and the API, so both doors refuse the same things.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace comdev::mobilisation {

inline constexpr std::size_t kMaxMessage = 2000;
inline constexpr std::size_t kMaxRole = 100;
inline constexpr std::size_t kMaxNote = 1000;

struct InvitationInput {
  std::int64_t expert_id = 0;
  std::string message;
};

// expert_id: a positive id (mobilisation.errors.expert); message: optional, ≤ kMaxMessage.
Result<InvitationInput> parse_invitation(std::string_view expert_id, std::string_view message);
// A message is required: the carrier reads it to decide (mobilisation.errors.message_required).
Result<std::string> parse_offer_message(std::string_view message);
// The role the expert takes in the team, required ("sanitation study", "treasurer").
Result<std::string> parse_role(std::string_view role);
// An optional note to the expert whose offer is declined.
Result<std::string> parse_note(std::string_view note);

}  // namespace comdev::mobilisation
