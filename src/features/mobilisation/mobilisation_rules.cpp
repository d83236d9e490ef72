#include "features/mobilisation/mobilisation_rules.h"

#include <algorithm>
#include <array>

namespace comdev::mobilisation {
namespace {

constexpr std::array<std::string_view, 5> kInvitationStatuses = {"open", "offered", "declined",
                                                                 "expired", "withdrawn"};
constexpr std::array<std::string_view, 5> kOfferStatuses = {"open", "accepted", "declined",
                                                            "expired", "withdrawn"};

}  // namespace

std::string_view to_string(InvitationStatus s) {
  return kInvitationStatuses[static_cast<std::size_t>(s)];
}

std::string_view to_string(OfferStatus s) {
  return kOfferStatuses[static_cast<std::size_t>(s)];
}

std::optional<InvitationStatus> parse_invitation_status(std::string_view s) {
  for (std::size_t i = 0; i < kInvitationStatuses.size(); ++i) {
    if (kInvitationStatuses[i] == s) return static_cast<InvitationStatus>(i);
  }
  return std::nullopt;
}

std::optional<OfferStatus> parse_offer_status(std::string_view s) {
  for (std::size_t i = 0; i < kOfferStatuses.size(); ++i) {
    if (kOfferStatuses[i] == s) return static_cast<OfferStatus>(i);
  }
  return std::nullopt;
}

bool can_move(InvitationStatus from, InvitationStatus to) {
  return from == InvitationStatus::open && to != InvitationStatus::open;
}

bool can_move(OfferStatus from, OfferStatus to) {
  return from == OfferStatus::open && to != OfferStatus::open;
}

bool takes_help(std::string_view need_kind, std::string_view need_status) {
  return need_kind == "skill" && (need_status == "open" || need_status == "discussion");
}

bool is_finished(std::string_view need_status) {
  return need_status == "satisfied" || need_status == "closed";
}

std::optional<std::string> status_after(std::string_view need_status, NeedEvent event) {
  switch (event) {
    case NeedEvent::invitation_sent:
    case NeedEvent::offer_made:
      if (need_status == "open") return std::string("discussion");
      return std::nullopt;
    case NeedEvent::offer_accepted:
      if (need_status == "open" || need_status == "discussion") return std::string("satisfied");
      return std::nullopt;
  }
  return std::nullopt;
}

bool may_receive_invitation(int open_invitations, int max_open) {
  return open_invitations < max_open;
}

std::chrono::sys_seconds expires_at(std::chrono::sys_seconds made, int days) {
  return made + std::chrono::days(days);
}

std::optional<std::int64_t> usual_answer_seconds(const std::vector<std::int64_t>& newest_first) {
  std::vector<std::int64_t> last(newest_first.begin(),
                                 newest_first.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                            newest_first.size(), kUsualWindow)));
  if (last.size() < kUsualMinimum) return std::nullopt;
  std::sort(last.begin(), last.end());
  auto n = last.size();
  // An even count takes the mean of the two middle values, so one slow answer moves the figure
  // only as far as it should.
  if (n % 2 == 1) return last[n / 2];
  return (last[n / 2 - 1] + last[n / 2]) / 2;
}

std::int64_t days_for(std::int64_t seconds) {
  constexpr std::int64_t kDay = 86400;
  if (seconds <= kDay) return 1;
  return (seconds + kDay - 1) / kDay;
}

Readable readable(std::int64_t seconds) {
  constexpr std::int64_t kHour = 3600, kDay = 86400;
  if (seconds < kDay) return {false, std::max<std::int64_t>(1, (seconds + kHour - 1) / kHour)};
  return {true, std::max<std::int64_t>(1, (seconds + kDay / 2) / kDay)};
}

std::optional<std::int64_t> time_to_first_answer(const std::vector<Exchange>& exchanges) {
  std::optional<std::chrono::sys_seconds> first_made, first_answer;
  for (const auto& e : exchanges) {
    if (!first_made || e.made < *first_made) first_made = e.made;
    if (e.answered && (!first_answer || *e.answered < *first_answer)) first_answer = e.answered;
  }
  if (!first_made || !first_answer) return std::nullopt;
  return std::max<std::int64_t>(0, (*first_answer - *first_made).count());
}

bool is_answer(InvitationStatus s) {
  return s == InvitationStatus::offered || s == InvitationStatus::declined;
}

bool is_answer(OfferStatus s) {
  return s == OfferStatus::accepted || s == OfferStatus::declined;
}

}  // namespace comdev::mobilisation
