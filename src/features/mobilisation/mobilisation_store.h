// All SQL of mobilisation (migrations/0013_mobilisation): invitations, offers, the project team,
// notifications, and the few reads of other features' tables it needs (the need with its
// project, the members who receive notices). Write functions take the Conn of the caller's
// transaction (mobilisation_actions.cpp runs one per use case); reads for pages take the Db.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/mobilisation/mobilisation.h"
#include "store/db.h"

namespace comdev::mobilisation::mobilisation_store {

// ---- reads inside a transaction ----
Result<std::optional<NeedRef>> need(store::Conn& c, std::int64_t need_id);

// What decides whether a member may be invited.
struct ExpertState {
  bool deleted = false;
  bool open_to_invitations = true;  // no profile row: the default (open)
  bool has_profile = false;
  int open_invitations = 0;
};
Result<std::optional<ExpertState>> expert_state(store::Conn& c, std::int64_t member_id);
Result<std::optional<Invitation>> invitation(store::Conn& c, std::int64_t id);
Result<std::optional<Invitation>> invitation_on(store::Conn& c, std::int64_t need_id,
                                                std::int64_t expert_id);
Result<std::optional<Offer>> offer(store::Conn& c, std::int64_t id);
Result<std::optional<Offer>> offer_on(store::Conn& c, std::int64_t need_id, std::int64_t expert_id);
Result<bool> is_verified_representative(store::Conn& c, std::int64_t member_id,
                                        std::int64_t organisation_id);

// ---- writes (REQUIRES: inside the caller's transaction) ----
Result<std::int64_t> insert_invitation(store::Conn& c, const Invitation& inv);
// open → `to`, with answered_at when `to` is an answer; false when the invitation was no longer
// open (someone else moved it first).
Result<bool> move_invitation(store::Conn& c, std::int64_t id, InvitationStatus to,
                             const std::string& now);
Result<std::int64_t> insert_offer(store::Conn& c, const Offer& offer);
Result<bool> move_offer(store::Conn& c, std::int64_t id, OfferStatus to, std::int64_t answered_by,
                        const std::string& note, const std::string& now);
// Moves the need from `from` to `to` (only if it is still `from`), with its change-log rows
// (topics need and project) so the indexes follow. Returns whether it moved.
Result<bool> move_need(store::Conn& c, std::int64_t need_id, std::int64_t project_id,
                       const std::string& from, const std::string& to, const std::string& now);
// Adds a member to the project's team as an expert with `role` as their title (already there:
// gives them the new title and keeps their role kind, so a carrier stays a carrier).
Status join_team(store::Conn& c, std::int64_t project_id, std::int64_t member_id,
                 const std::string& role, std::int64_t need_id, const std::string& now);
struct NotificationRow {
  std::int64_t member_id = 0;
  std::string kind;
  std::int64_t need_id = 0;
  std::int64_t other_member_id = 0;  // 0: none
  std::int64_t invitation_id = 0;    // 0: none
  std::int64_t offer_id = 0;         // 0: none
};
Status notify(store::Conn& c, const NotificationRow& n, const std::string& now);
// The same notification for every verified representative of the organisation, and for
// `also_member` (when not 0 and not one of them).
Status notify_carrier(store::Conn& c, std::int64_t organisation_id, const NotificationRow& n,
                      std::int64_t also_member, const std::string& now);

// What a claiming UPDATE changed: one row per invitation or offer this call moved.
struct Claimed {
  std::int64_t id = 0;
  std::int64_t need_id = 0;
  std::int64_t expert_id = 0;
  std::int64_t invited_by = 0;  // invitations only; 0 when unknown
};
// Open invitations and offers past their expiry at `now` → expired. Only the rows this UPDATE
// changed are returned, so two instances never both send the notices of one row.
Result<std::vector<Claimed>> expire_invitations(store::Conn& c, const std::string& now);
Result<std::vector<Claimed>> expire_offers(store::Conn& c, const std::string& now);
// Open invitations and offers on needs that are satisfied or closed, or addressed to / made by a
// member who deleted their account → withdrawn. `need_id` 0: every need.
Result<std::vector<Claimed>> withdraw_invitations_left(store::Conn& c, std::int64_t need_id,
                                                       const std::string& now);
Result<std::vector<Claimed>> withdraw_offers_left(store::Conn& c, std::int64_t need_id,
                                                  const std::string& now);

// ---- reads for pages, e-mails and the API ----
Result<std::optional<NeedRef>> need(store::Db& db, std::int64_t need_id);
// A member who can receive e-mail (nullopt when gone or deleted).
Result<std::optional<Recipient>> recipient(store::Db& db, std::int64_t member_id);
// The verified representatives of an organisation, as recipients.
Result<std::vector<Recipient>> representatives(store::Db& db, std::int64_t organisation_id);
// A need's invitations and offers, newest first, with the expert's display name.
Result<std::vector<Invitation>> invitations_of_need(store::Db& db, std::int64_t need_id);
Result<std::vector<Offer>> offers_of_need(store::Db& db, std::int64_t need_id);
Result<std::optional<Invitation>> invitation(store::Db& db, std::int64_t id);
Result<std::optional<Offer>> offer(store::Db& db, std::int64_t id);
Result<std::optional<Invitation>> invitation_on(store::Db& db, std::int64_t need_id,
                                                std::int64_t expert_id);
Result<std::optional<Offer>> offer_on(store::Db& db, std::int64_t need_id, std::int64_t expert_id);
// Seconds from offer to answer of the carrier's last kUsualWindow answered offers, newest first.
Result<std::vector<std::int64_t>> answer_times(store::Db& db, std::int64_t carrier_id);
Result<std::vector<TeamMember>> team(store::Db& db, std::int64_t project_id);
// A member's notifications, newest first (at most `limit`), and how many are unread.
Result<std::vector<Notification>> notifications(store::Db& db, std::int64_t member_id, int limit);
Result<std::int64_t> unread_count(store::Db& db, std::int64_t member_id);
Status mark_read(store::Db& db, std::int64_t member_id, const std::string& now);

}  // namespace comdev::mobilisation::mobilisation_store
