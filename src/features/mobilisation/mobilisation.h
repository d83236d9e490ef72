// Mobilisation: the carrier of a skill need invites a few well-chosen
// experts; an expert offers help, invited or not; the carrier accepts or declines; an accepted
// expert joins the project's team with a role. Tables of migrations/0013_mobilisation. Every row
// keeps when it was made and answered, for the time to first answer and the "usually answers
// within" figure. Plain structs; std only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace comdev::mobilisation {

// need_invitations.status: open → offered | declined | expired | withdrawn.
enum class InvitationStatus { open, offered, declined, expired, withdrawn };
// need_offers.status: open → accepted | declined | expired | withdrawn.
enum class OfferStatus { open, accepted, declined, expired, withdrawn };

struct Invitation {
  std::int64_t id = 0;
  std::int64_t need_id = 0;
  std::int64_t expert_id = 0;
  std::string expert_name;
  std::int64_t invited_by = 0;  // 0: unknown (the inviter's account is gone)
  std::string message;
  std::string reasons;  // JSON reason codes, frozen at invitation time
  double score = 0;
  std::string status = "open";
  std::string created_at, expires_at, answered_at;
};

struct Offer {
  std::int64_t id = 0;
  std::int64_t need_id = 0;
  std::int64_t expert_id = 0;
  std::string expert_name;
  std::int64_t invitation_id = 0;  // 0: offered without an invitation
  std::string message;
  std::string status = "open";
  std::string created_at, expires_at, answered_at;
  std::int64_t answered_by = 0;
  std::string answer_note;
};

struct TeamMember {
  std::int64_t member_id = 0;
  std::string display_name;
  std::string role;
  std::int64_t need_id = 0;
  std::string joined_at;
};

// notifications.kind
inline constexpr const char* kInvitationReceived = "invitation_received";
inline constexpr const char* kInvitationDeclined = "invitation_declined";
inline constexpr const char* kInvitationExpired = "invitation_expired";
inline constexpr const char* kInvitationWithdrawn = "invitation_withdrawn";
inline constexpr const char* kOfferReceived = "offer_received";
inline constexpr const char* kOfferAccepted = "offer_accepted";
inline constexpr const char* kOfferDeclined = "offer_declined";
inline constexpr const char* kOfferExpired = "offer_expired";
inline constexpr const char* kOfferWithdrawn = "offer_withdrawn";

struct Notification {
  std::int64_t id = 0;
  std::string kind;
  std::int64_t need_id = 0;
  std::string need_title;
  std::int64_t other_member_id = 0;
  std::string other_name;
  std::string created_at;
  bool unread = false;
  // Set by the kinds of features that come after mobilisation (the team's notices).
  std::int64_t project_id = 0;
  std::string project_title;
  std::int64_t thread_id = 0;
};

// The need as mobilisation sees it: what decides whether it takes invitations and offers, and
// what the e-mails name.
struct NeedRef {
  std::int64_t id = 0;
  std::string kind;
  std::string status;
  std::string title;
  std::int64_t project_id = 0;
  std::string project_title;
  std::int64_t carrier_id = 0;
  std::string territory_fr, territory_ar;
};

// A member who receives a notice: where to write and in which language.
struct Recipient {
  std::int64_t member_id = 0;
  std::string email;
  std::string display_name;
  std::string lang = "fr";
};

}  // namespace comdev::mobilisation
