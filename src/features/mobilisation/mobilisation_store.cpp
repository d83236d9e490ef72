#include "features/mobilisation/mobilisation_store.h"

#include "core/time.h"
#include "features/changes/change_log_store.h"
#include "features/mobilisation/mobilisation_rules.h"

namespace comdev::mobilisation::mobilisation_store {
namespace {

constexpr const char* kNeed =
    "SELECT n.id, n.kind, n.status, n.title, p.id, p.title, p.carrier_id, t.name_fr, t.name_ar "
    "FROM needs n JOIN projects p ON p.id = n.project_id "
    "JOIN territories t ON t.id = p.territory_id WHERE n.id = $1";

constexpr const char* kInvitation =
    "SELECT i.id, i.need_id, i.expert_id, m.display_name, COALESCE(i.invited_by, 0), i.message, "
    "i.reasons, i.score, i.status, i.created_at, i.expires_at, COALESCE(i.answered_at, '') "
    "FROM need_invitations i JOIN members m ON m.id = i.expert_id ";

constexpr const char* kOffer =
    "SELECT o.id, o.need_id, o.expert_id, m.display_name, COALESCE(o.invitation_id, 0), "
    "o.message, o.status, o.created_at, o.expires_at, COALESCE(o.answered_at, ''), "
    "COALESCE(o.answered_by, 0), o.answer_note "
    "FROM need_offers o JOIN members m ON m.id = o.expert_id ";

// What an open invitation or offer left behind looks like: its need is satisfied or closed, or
// its expert deleted their account.
constexpr const char* kLeftBehind =
    "(need_id IN (SELECT id FROM needs WHERE status IN ('satisfied', 'closed')) "
    "OR expert_id IN (SELECT id FROM members WHERE deleted_at IS NOT NULL))";

std::optional<std::int64_t> opt_id(std::int64_t id) {
  if (id == 0) return std::nullopt;
  return id;
}

NeedRef read_need(const store::Row& r) {
  return {r.integer(0), r.text(1),    r.text(2), r.text(3), r.integer(4),
          r.text(5),    r.integer(6), r.text(7), r.text(8)};
}

Invitation read_invitation(const store::Row& r) {
  Invitation i;
  i.id = r.integer(0);
  i.need_id = r.integer(1);
  i.expert_id = r.integer(2);
  i.expert_name = r.text(3);
  i.invited_by = r.integer(4);
  i.message = r.text(5);
  i.reasons = r.text(6);
  i.score = r.real(7);
  i.status = r.text(8);
  i.created_at = r.text(9);
  i.expires_at = r.text(10);
  i.answered_at = r.text(11);
  return i;
}

Offer read_offer(const store::Row& r) {
  Offer o;
  o.id = r.integer(0);
  o.need_id = r.integer(1);
  o.expert_id = r.integer(2);
  o.expert_name = r.text(3);
  o.invitation_id = r.integer(4);
  o.message = r.text(5);
  o.status = r.text(6);
  o.created_at = r.text(7);
  o.expires_at = r.text(8);
  o.answered_at = r.text(9);
  o.answered_by = r.integer(10);
  o.answer_note = r.text(11);
  return o;
}

template <class T, class Read>
Result<std::optional<T>> one(Result<store::Rows> rows, Read read) {
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<T>{};
  return std::optional<T>{read(rows->rows.front())};
}

Result<std::vector<Claimed>> claimed(Result<store::Rows> rows, bool with_inviter) {
  if (!rows) return rows.error();
  std::vector<Claimed> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), r.integer(1), r.integer(2), with_inviter ? r.integer(3) : 0});
  }
  return out;
}

}  // namespace

Result<std::optional<NeedRef>> need(store::Conn& c, std::int64_t need_id) {
  return one<NeedRef>(c.query(kNeed, store::params(need_id)), read_need);
}

Result<std::optional<NeedRef>> need(store::Db& db, std::int64_t need_id) {
  return one<NeedRef>(db.query(kNeed, store::params(need_id)), read_need);
}

Result<std::optional<ExpertState>> expert_state(store::Conn& c, std::int64_t member_id) {
  auto rows = c.query(
      "SELECT CASE WHEN m.deleted_at IS NULL THEN 0 ELSE 1 END, "
      "COALESCE(p.open_to_invitations, 1), CASE WHEN p.member_id IS NULL THEN 0 ELSE 1 END, "
      "(SELECT COUNT(*) FROM need_invitations i WHERE i.expert_id = m.id AND i.status = 'open') "
      "FROM members m LEFT JOIN profiles p ON p.member_id = m.id WHERE m.id = $1",
      store::params(member_id));
  return one<ExpertState>(std::move(rows), [](const store::Row& r) {
    return ExpertState{r.integer(0) != 0, r.integer(1) != 0, r.integer(2) != 0,
                       static_cast<int>(r.integer(3))};
  });
}

Result<std::optional<Invitation>> invitation(store::Conn& c, std::int64_t id) {
  return one<Invitation>(c.query(std::string(kInvitation) + "WHERE i.id = $1", store::params(id)),
                         read_invitation);
}

Result<std::optional<Invitation>> invitation_on(store::Conn& c, std::int64_t need_id,
                                                std::int64_t expert_id) {
  return one<Invitation>(
      c.query(std::string(kInvitation) + "WHERE i.need_id = $1 AND i.expert_id = $2",
              store::params(need_id, expert_id)),
      read_invitation);
}

Result<std::optional<Invitation>> invitation(store::Db& db, std::int64_t id) {
  return one<Invitation>(db.query(std::string(kInvitation) + "WHERE i.id = $1", store::params(id)),
                         read_invitation);
}

Result<std::optional<Offer>> offer(store::Db& db, std::int64_t id) {
  return one<Offer>(db.query(std::string(kOffer) + "WHERE o.id = $1", store::params(id)),
                    read_offer);
}

Result<std::optional<Invitation>> invitation_on(store::Db& db, std::int64_t need_id,
                                                std::int64_t expert_id) {
  return one<Invitation>(
      db.query(std::string(kInvitation) + "WHERE i.need_id = $1 AND i.expert_id = $2",
               store::params(need_id, expert_id)),
      read_invitation);
}

Result<std::optional<Offer>> offer(store::Conn& c, std::int64_t id) {
  return one<Offer>(c.query(std::string(kOffer) + "WHERE o.id = $1", store::params(id)),
                    read_offer);
}

Result<std::optional<Offer>> offer_on(store::Conn& c, std::int64_t need_id,
                                      std::int64_t expert_id) {
  return one<Offer>(c.query(std::string(kOffer) + "WHERE o.need_id = $1 AND o.expert_id = $2",
                            store::params(need_id, expert_id)),
                    read_offer);
}

Result<std::optional<Offer>> offer_on(store::Db& db, std::int64_t need_id, std::int64_t expert_id) {
  return one<Offer>(db.query(std::string(kOffer) + "WHERE o.need_id = $1 AND o.expert_id = $2",
                             store::params(need_id, expert_id)),
                    read_offer);
}

Result<bool> is_verified_representative(store::Conn& c, std::int64_t member_id,
                                        std::int64_t organisation_id) {
  auto rows = c.query(
      "SELECT 1 FROM organisation_members WHERE member_id = $1 AND organisation_id = $2 "
      "AND role = 'representative' AND status = 'verified'",
      store::params(member_id, organisation_id));
  if (!rows) return rows.error();
  return !rows->empty();
}

Result<std::int64_t> insert_invitation(store::Conn& c, const Invitation& inv) {
  auto r = c.query(
      "INSERT INTO need_invitations (need_id, expert_id, invited_by, message, reasons, score, "
      "status, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8) "
      "RETURNING id",
      store::params(inv.need_id, inv.expert_id, opt_id(inv.invited_by), inv.message, inv.reasons,
                    inv.score, inv.created_at, inv.expires_at));
  if (!r) return r.error();
  return r->rows.front().integer(0);
}

Result<bool> move_invitation(store::Conn& c, std::int64_t id, InvitationStatus to,
                             const std::string& now) {
  std::optional<std::string> answered;
  if (is_answer(to)) answered = now;
  auto r = c.query(
      "UPDATE need_invitations SET status = $1, answered_at = $2 WHERE id = $3 AND status = "
      "'open'",
      store::params(std::string(to_string(to)), answered, id));
  if (!r) return r.error();
  return r->affected > 0;
}

Result<std::int64_t> insert_offer(store::Conn& c, const Offer& o) {
  auto r = c.query(
      "INSERT INTO need_offers (need_id, expert_id, invitation_id, message, status, created_at, "
      "expires_at) VALUES ($1, $2, $3, $4, 'open', $5, $6) RETURNING id",
      store::params(o.need_id, o.expert_id, opt_id(o.invitation_id), o.message, o.created_at,
                    o.expires_at));
  if (!r) return r.error();
  return r->rows.front().integer(0);
}

Result<bool> move_offer(store::Conn& c, std::int64_t id, OfferStatus to, std::int64_t answered_by,
                        const std::string& note, const std::string& now) {
  std::optional<std::string> answered;
  if (is_answer(to)) answered = now;
  auto r = c.query(
      "UPDATE need_offers SET status = $1, answered_at = $2, answered_by = $3, answer_note = $4 "
      "WHERE id = $5 AND status = 'open'",
      store::params(std::string(to_string(to)), answered, opt_id(answered_by), note, id));
  if (!r) return r.error();
  return r->affected > 0;
}

Result<bool> move_need(store::Conn& c, std::int64_t need_id, std::int64_t project_id,
                       const std::string& from, const std::string& to, const std::string& now) {
  auto r = c.query("UPDATE needs SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4",
                   store::params(to, now, need_id, from));
  if (!r) return r.error();
  if (r->affected == 0) return false;
  if (auto st = changes::change_log_store::record(c, changes::kNeed, need_id); !st) {
    return st.error();
  }
  if (auto st = changes::change_log_store::record(c, changes::kProject, project_id); !st) {
    return st.error();
  }
  return true;
}

Status join_team(store::Conn& c, std::int64_t project_id, std::int64_t member_id,
                 const std::string& role, std::int64_t need_id, const std::string& now) {
  auto r = c.query(
      "INSERT INTO project_team (project_id, member_id, role, role_kind, need_id, joined_at) "
      "VALUES ($1, $2, $3, 'expert', $4, $5) ON CONFLICT (project_id, member_id) "
      "DO UPDATE SET role = excluded.role, need_id = excluded.need_id",
      store::params(project_id, member_id, role, opt_id(need_id), now));
  if (!r) return r.error();
  return {};
}

Status notify(store::Conn& c, const NotificationRow& n, const std::string& now) {
  auto r = c.query(
      "INSERT INTO notifications (member_id, kind, need_id, other_member_id, invitation_id, "
      "offer_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      store::params(n.member_id, n.kind, opt_id(n.need_id), opt_id(n.other_member_id),
                    opt_id(n.invitation_id), opt_id(n.offer_id), now));
  if (!r) return r.error();
  return {};
}

Status notify_carrier(store::Conn& c, std::int64_t organisation_id, const NotificationRow& n,
                      std::int64_t also_member, const std::string& now) {
  auto r = c.query(
      "INSERT INTO notifications (member_id, kind, need_id, other_member_id, invitation_id, "
      "offer_id, created_at) SELECT m.id, CAST($1 AS TEXT), CAST($2 AS BIGINT), "
      "CAST($3 AS BIGINT), CAST($4 AS BIGINT), CAST($5 AS BIGINT), CAST($6 AS TEXT) "
      "FROM members m "
      "WHERE m.deleted_at IS NULL AND (m.id = $7 OR m.id IN (SELECT member_id FROM "
      "organisation_members WHERE organisation_id = $8 AND role = 'representative' "
      "AND status = 'verified'))",
      store::params(n.kind, opt_id(n.need_id), opt_id(n.other_member_id), opt_id(n.invitation_id),
                    opt_id(n.offer_id), now, also_member, organisation_id));
  if (!r) return r.error();
  return {};
}

Result<std::vector<Claimed>> expire_invitations(store::Conn& c, const std::string& now) {
  return claimed(c.query("UPDATE need_invitations SET status = 'expired' "
                         "WHERE status = 'open' AND expires_at <= $1 "
                         "RETURNING id, need_id, expert_id, COALESCE(invited_by, 0)",
                         store::params(now)),
                 true);
}

Result<std::vector<Claimed>> expire_offers(store::Conn& c, const std::string& now) {
  return claimed(c.query("UPDATE need_offers SET status = 'expired' "
                         "WHERE status = 'open' AND expires_at <= $1 "
                         "RETURNING id, need_id, expert_id",
                         store::params(now)),
                 false);
}

Result<std::vector<Claimed>> withdraw_invitations_left(store::Conn& c, std::int64_t need_id,
                                                       const std::string&) {
  std::string sql = "UPDATE need_invitations SET status = 'withdrawn' WHERE status = 'open' AND " +
                    std::string(need_id ? "need_id = $1 AND " : "") + kLeftBehind +
                    " RETURNING id, need_id, expert_id, COALESCE(invited_by, 0)";
  return claimed(need_id ? c.query(sql, store::params(need_id)) : c.query(sql), true);
}

Result<std::vector<Claimed>> withdraw_offers_left(store::Conn& c, std::int64_t need_id,
                                                  const std::string&) {
  std::string sql = "UPDATE need_offers SET status = 'withdrawn' WHERE status = 'open' AND " +
                    std::string(need_id ? "need_id = $1 AND " : "") + kLeftBehind +
                    " RETURNING id, need_id, expert_id";
  return claimed(need_id ? c.query(sql, store::params(need_id)) : c.query(sql), false);
}

Result<std::optional<Recipient>> recipient(store::Db& db, std::int64_t member_id) {
  return one<Recipient>(db.query("SELECT id, email, display_name, preferred_lang FROM members "
                                 "WHERE id = $1 AND deleted_at IS NULL",
                                 store::params(member_id)),
                        [](const store::Row& r) {
                          return Recipient{r.integer(0), r.text(1), r.text(2), r.text(3)};
                        });
}

Result<std::vector<Recipient>> representatives(store::Db& db, std::int64_t organisation_id) {
  auto rows = db.query(
      "SELECT m.id, m.email, m.display_name, m.preferred_lang FROM organisation_members om "
      "JOIN members m ON m.id = om.member_id WHERE om.organisation_id = $1 "
      "AND om.role = 'representative' AND om.status = 'verified' AND m.deleted_at IS NULL "
      "ORDER BY m.id",
      store::params(organisation_id));
  if (!rows) return rows.error();
  std::vector<Recipient> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3)});
  }
  return out;
}

Result<std::vector<Invitation>> invitations_of_need(store::Db& db, std::int64_t need_id) {
  auto rows = db.query(
      std::string(kInvitation) + "WHERE i.need_id = $1 ORDER BY i.created_at DESC, i.id DESC",
      store::params(need_id));
  if (!rows) return rows.error();
  std::vector<Invitation> out;
  for (const auto& r : rows->rows) out.push_back(read_invitation(r));
  return out;
}

Result<std::vector<Offer>> offers_of_need(store::Db& db, std::int64_t need_id) {
  auto rows =
      db.query(std::string(kOffer) + "WHERE o.need_id = $1 ORDER BY o.created_at DESC, o.id DESC",
               store::params(need_id));
  if (!rows) return rows.error();
  std::vector<Offer> out;
  for (const auto& r : rows->rows) out.push_back(read_offer(r));
  return out;
}

Result<std::vector<std::int64_t>> answer_times(store::Db& db, std::int64_t carrier_id) {
  auto rows = db.query(
      "SELECT o.created_at, o.answered_at FROM need_offers o JOIN needs n ON n.id = o.need_id "
      "JOIN projects p ON p.id = n.project_id WHERE p.carrier_id = $1 "
      "AND o.status IN ('accepted', 'declined') AND o.answered_at IS NOT NULL "
      "ORDER BY o.answered_at DESC, o.id DESC LIMIT $2",
      store::params(carrier_id, static_cast<std::int64_t>(kUsualWindow)));
  if (!rows) return rows.error();
  std::vector<std::int64_t> out;
  for (const auto& r : rows->rows) {
    auto made = core::parse_iso(r.text(0)), answered = core::parse_iso(r.text(1));
    if (made && answered) out.push_back((*answered - *made).count());
  }
  return out;
}

Result<std::vector<TeamMember>> team(store::Db& db, std::int64_t project_id) {
  auto rows = db.query(
      "SELECT t.member_id, m.display_name, t.role, COALESCE(t.need_id, 0), t.joined_at "
      "FROM project_team t JOIN members m ON m.id = t.member_id "
      "WHERE t.project_id = $1 AND m.deleted_at IS NULL ORDER BY t.joined_at, t.member_id",
      store::params(project_id));
  if (!rows) return rows.error();
  std::vector<TeamMember> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), r.text(1), r.text(2), r.integer(3), r.text(4)});
  }
  return out;
}

Result<std::vector<Notification>> notifications(store::Db& db, std::int64_t member_id, int limit) {
  auto rows = db.query(
      "SELECT x.id, x.kind, COALESCE(x.need_id, 0), COALESCE(n.title, ''), "
      "COALESCE(x.other_member_id, 0), COALESCE(m.display_name, ''), x.created_at, "
      "CASE WHEN x.read_at IS NULL THEN 1 ELSE 0 END, COALESCE(x.project_id, 0), "
      "COALESCE(p.title, ''), COALESCE(x.thread_id, 0) "
      "FROM notifications x LEFT JOIN needs n ON n.id = x.need_id "
      "LEFT JOIN members m ON m.id = x.other_member_id "
      "LEFT JOIN projects p ON p.id = x.project_id "
      "WHERE x.member_id = $1 ORDER BY x.created_at DESC, x.id DESC LIMIT $2",
      store::params(member_id, static_cast<std::int64_t>(limit)));
  if (!rows) return rows.error();
  std::vector<Notification> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), r.text(1), r.integer(2), r.text(3), r.integer(4), r.text(5),
                   r.text(6), r.integer(7) != 0, r.integer(8), r.text(9), r.integer(10)});
  }
  return out;
}

Result<std::int64_t> unread_count(store::Db& db, std::int64_t member_id) {
  auto rows =
      db.query("SELECT COUNT(*) FROM notifications WHERE member_id = $1 AND read_at IS NULL",
               store::params(member_id));
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Status mark_read(store::Db& db, std::int64_t member_id, const std::string& now) {
  auto r =
      db.query("UPDATE notifications SET read_at = $1 WHERE member_id = $2 AND read_at IS NULL",
               store::params(now, member_id));
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::mobilisation::mobilisation_store
