// The rules of mobilisation, without I/O: the invitation and offer state machines, which needs
// take invitations and offers, how the need's status follows, the response-time rules (expiry,
// at most a few open invitations per expert) and the two figures the pages show: the carrier's
// usual time to answer and a need's time to first answer.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/mobilisation/mobilisation.h"

namespace comdev::mobilisation {

std::string_view to_string(InvitationStatus s);
std::string_view to_string(OfferStatus s);
std::optional<InvitationStatus> parse_invitation_status(std::string_view s);
std::optional<OfferStatus> parse_offer_status(std::string_view s);

// Only an open invitation or offer moves, and only once: every other status is final.
bool can_move(InvitationStatus from, InvitationStatus to);
bool can_move(OfferStatus from, OfferStatus to);

// A skill need that is open or under discussion takes invitations and offers; funding and
// material needs, satisfied and closed ones do not.
bool takes_help(std::string_view need_kind, std::string_view need_status);
// A satisfied or closed need withdraws what is still open on it.
bool is_finished(std::string_view need_status);

enum class NeedEvent { invitation_sent, offer_made, offer_accepted };
// The need's status after an event, or nullopt when it stays: a first invitation or offer moves
// an open need to discussion; an accepted offer satisfies an open or discussed need.
std::optional<std::string> status_after(std::string_view need_status, NeedEvent event);

// An expert may receive another invitation while holding fewer than `max_open` open ones.
bool may_receive_invitation(int open_invitations, int max_open);

// When an invitation or offer made at `made` expires, `days` later.
std::chrono::sys_seconds expires_at(std::chrono::sys_seconds made, int days);

// "Usually answers within": the median of the carrier's last answer times (seconds from an
// offer to its answer), newest first — only the first kUsualWindow count — when there are at
// least kUsualMinimum of them; nullopt otherwise.
inline constexpr std::size_t kUsualWindow = 20;
inline constexpr std::size_t kUsualMinimum = 3;
std::optional<std::int64_t> usual_answer_seconds(const std::vector<std::int64_t>& newest_first);
// Whole days for "within N days": a part of a day counts as a day; never less than 1.
std::int64_t days_for(std::int64_t seconds);

// A duration as people read it: whole hours under a day (at least 1), whole days from a day on
// (rounded to the nearest, at least 1).
struct Readable {
  bool days = false;
  std::int64_t count = 0;
};
Readable readable(std::int64_t seconds);

// One exchange on a need, as the time-to-first-answer figure sees it: when it was made, by whom,
// and when the other side answered it (nullopt: not answered — expired, withdrawn or pending).
struct Exchange {
  std::chrono::sys_seconds made;
  std::optional<std::chrono::sys_seconds> answered;
};
// From the first invitation or offer to the first answer by the other side; nullopt when nothing
// was answered yet.
std::optional<std::int64_t> time_to_first_answer(const std::vector<Exchange>& exchanges);

// Whether an invitation's status counts as an answer by the expert (they offered or declined),
// and an offer's as an answer by the carrier (accepted or declined).
bool is_answer(InvitationStatus s);
bool is_answer(OfferStatus s);

}  // namespace comdev::mobilisation
