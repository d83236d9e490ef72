// What the matching pages and API show of a match: the reasons a reader may see (a reason that
// tells a profile field — languages, availability, attachments — is kept only when the expert's
// visibility choice lets this reader see that field), the score as a percentage.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "features/matching/matching_store.h"
#include "match/score.h"
#include "web/actor.h"

namespace comdev::matching {

std::vector<match::Reason> visible_reasons(const web::Actor& reader, const MemberCard& expert,
                                           const std::vector<match::Reason>& reasons);

// 0–100, rounded.
int percent(double score);

// The reason code's name in the API and in need_invitations.reasons ("covers_skills"), and back.
std::string_view code_name(match::ReasonCode code);
std::optional<match::ReasonCode> parse_code(std::string_view name);

}  // namespace comdev::matching
