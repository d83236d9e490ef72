// What the mobilisation templates read: the need-page section (carrier side and member side),
// the notifications page. Built by mobilisation_section.cpp and
// mobilisation_pages.cpp from the store's rows, in the reader's language.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "web/page.h"

namespace comdev::mobilisation {

struct OfferRow {
  std::int64_t id = 0;
  std::string expert_name, expert_url, message, status, status_label;
  std::chrono::sys_seconds created{};
  bool open = false;
  std::string accept_action, decline_action;
};

struct InvitationRow {
  std::string expert_name, expert_url, status, status_label;
  std::chrono::sys_seconds created{}, answered_at{}, expires{};
  bool answered = false, open = false;
};

struct SectionView {
  std::string flash;
  std::int64_t usual_days = 0;  // 0: not known yet
  std::string csrf;
  // The carrier's representatives, animators, administrators.
  bool carrier_side = false;
  bool has_first_answer = false, first_answer_in_days = false;
  std::int64_t first_answer = 0;
  std::vector<OfferRow> offers;
  std::vector<InvitationRow> invitations;
  // A signed-in member who is not on the carrier's side.
  bool member_side = false;
  bool invitation_open = false;
  std::string invitation_why, invitation_message, invitation_status;
  std::chrono::sys_seconds invitation_expires{};
  std::string decline_invitation_action;
  bool has_offer = false, offer_open = false;
  std::string offer_status, offer_status_label, offer_message, withdraw_action;
  bool can_offer = false;
  std::string offer_action;
  bool sign_in_to_offer = false;
  std::string sign_in_url = "/account/signin";
};

struct NotificationRow {
  std::string text, url;
  std::chrono::sys_seconds at{};
  bool unread = false;
};
struct NotificationsView {
  web::LayoutView layout;
  std::string csrf;
  std::int64_t unread = 0;
  std::vector<NotificationRow> items;
};

}  // namespace comdev::mobilisation
