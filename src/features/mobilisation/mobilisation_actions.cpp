#include "features/mobilisation/mobilisation_actions.h"

#include "features/activity/activity_store.h"
#include "features/audit/audit_store.h"
#include "features/changes/change_log_store.h"
#include "features/mobilisation/mobilisation_permissions.h"
#include "features/mobilisation/mobilisation_rules.h"
#include "features/mobilisation/mobilisation_store.h"

namespace comdev::mobilisation {
namespace {

namespace st = mobilisation_store;

// A refusal of the request as typed: 422 with the reason named on the field.
Error refused(const char* key, const char* field = "") {
  if (*field == '\0') return Error::invalid(key);
  return Error::invalid(key, {{field, key}});
}

Status profile_changed(store::Conn& c, std::int64_t member_id) {
  return changes::change_log_store::record(c, changes::kProfile, member_id);
}

// Moves the need after `event` when the rules say so (with its change-log rows).
Status follow(store::Conn& c, const NeedRef& need, NeedEvent event, const std::string& now) {
  auto to = status_after(need.status, event);
  if (!to) return {};
  auto moved = st::move_need(c, need.id, need.project_id, need.status, *to, now);
  if (!moved) return moved.error();
  return {};
}

Result<NeedRef> need_for_update(store::Conn& c, std::int64_t need_id) {
  auto n = st::need(c, need_id);
  if (!n) return n.error();
  if (!*n) return Error::not_found();
  return std::move(**n);
}

}  // namespace

Status withdraw_left_behind(store::Conn& c, std::int64_t need_id, const std::string& now) {
  auto invitations = st::withdraw_invitations_left(c, need_id, now);
  if (!invitations) return invitations.error();
  for (const auto& i : *invitations) {
    if (auto s = st::notify(c, {i.expert_id, kInvitationWithdrawn, i.need_id, 0, i.id, 0}, now);
        !s) {
      return s;
    }
    if (auto s = profile_changed(c, i.expert_id); !s) return s;
  }
  auto offers = st::withdraw_offers_left(c, need_id, now);
  if (!offers) return offers.error();
  for (const auto& o : *offers) {
    if (auto s = st::notify(c, {o.expert_id, kOfferWithdrawn, o.need_id, 0, 0, o.id}, now); !s) {
      return s;
    }
  }
  return {};
}

Result<Done> invite(store::Db& db, matching::Service& matching, const web::Actor& actor,
                    std::int64_t need_id, const InvitationInput& in, const Settings& s,
                    core::Seconds now) {
  // The engine's view first (outside the transaction: it reads its own index): the reasons and
  // score frozen in the invitation, so the e-mail and the page tell the same story later.
  matching.catch_up();
  auto explained = matching.explain(need_id, in.expert_id);
  auto when = core::iso(now);
  return db.transaction<Done>([&](store::Conn& c) -> Result<Done> {
    auto need = need_for_update(c, need_id);
    if (!need) return need.error();
    auto rep = st::is_verified_representative(c, actor.member_id, need->carrier_id);
    if (!rep) return rep.error();
    if (auto d = can(actor, Action::invite, {*rep}); !d) return d.forbidden();
    if (!takes_help(need->kind, need->status)) return refused("mobilisation.errors.need_closed");
    auto expert = st::expert_state(c, in.expert_id);
    if (!expert) return expert.error();
    if (!*expert) return refused("mobilisation.errors.expert", "expert_id");
    if ((*expert)->deleted) return refused("mobilisation.errors.expert_deleted", "expert_id");
    if (!(*expert)->open_to_invitations) {
      return refused("mobilisation.errors.opted_out", "expert_id");
    }
    auto already = st::invitation_on(c, need_id, in.expert_id);
    if (!already) return already.error();
    if (*already) return refused("mobilisation.errors.already_invited", "expert_id");
    if (!may_receive_invitation((*expert)->open_invitations, s.max_open_invitations)) {
      return refused("mobilisation.errors.too_many_open", "expert_id");
    }
    if (!explained) return refused("mobilisation.errors.not_in_pool", "expert_id");
    Invitation inv;
    inv.need_id = need_id;
    inv.expert_id = in.expert_id;
    inv.invited_by = actor.member_id;
    inv.message = in.message;
    inv.reasons = matching::reasons_to_json(explained->reasons);
    inv.score = explained->score;
    inv.created_at = when;
    inv.expires_at = core::iso(expires_at(now, s.expiry_days));
    auto id = st::insert_invitation(c, inv);
    if (!id) return id.error();
    if (auto r = follow(c, *need, NeedEvent::invitation_sent, when); !r) return r.error();
    if (auto r = st::notify(
            c, {in.expert_id, kInvitationReceived, need_id, actor.member_id, *id, 0}, when);
        !r) {
      return r.error();
    }
    if (auto r = profile_changed(c, in.expert_id); !r) return r.error();
    if (auto r = audit::audit_store::record(c, actor.member_id, "need.invitation.sent", "need",
                                            need_id, "expert " + std::to_string(in.expert_id));
        !r) {
      return r.error();
    }
    Done done{*id, {}};
    done.notices.push_back(
        {kInvitationReceived, in.expert_id, false, need_id, actor.member_id, *id, 0});
    return done;
  });
}

Result<Done> decline_invitation(store::Db& db, const web::Actor& actor, std::int64_t invitation_id,
                                core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<Done>([&](store::Conn& c) -> Result<Done> {
    auto inv = st::invitation(c, invitation_id);
    if (!inv) return inv.error();
    if (!*inv) return Error::not_found();
    const Invitation& i = **inv;
    if (auto d = can(actor, Action::decline_invitation, {false, i.expert_id == actor.member_id});
        !d) {
      return d.forbidden();
    }
    if (i.status == "declined") return Done{i.id, {}};  // said twice: once is enough
    if (i.status != "open") return refused("mobilisation.errors.already_answered");
    auto moved = st::move_invitation(c, i.id, InvitationStatus::declined, when);
    if (!moved) return moved.error();
    if (!*moved) return refused("mobilisation.errors.already_answered");
    auto need = need_for_update(c, i.need_id);
    if (!need) return need.error();
    if (auto r = st::notify_carrier(c, need->carrier_id,
                                    {0, kInvitationDeclined, i.need_id, i.expert_id, i.id, 0},
                                    i.invited_by, when);
        !r) {
      return r.error();
    }
    if (auto r = profile_changed(c, i.expert_id); !r) return r.error();
    Done done{i.id, {}};
    done.notices.push_back(
        {kInvitationDeclined, i.invited_by, i.invited_by == 0, i.need_id, i.expert_id, i.id, 0});
    return done;
  });
}

Result<Done> offer_help(store::Db& db, const web::Actor& actor, std::int64_t need_id,
                        const std::string& message, const Settings& s, core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<Done>([&](store::Conn& c) -> Result<Done> {
    auto need = need_for_update(c, need_id);
    if (!need) return need.error();
    if (auto d = can(actor, Action::offer_help); !d) return d.forbidden();
    if (!takes_help(need->kind, need->status)) return refused("mobilisation.errors.need_closed");
    auto expert = st::expert_state(c, actor.member_id);
    if (!expert) return expert.error();
    if (!*expert || (*expert)->deleted) return refused("mobilisation.errors.expert_deleted");
    auto previous = st::offer_on(c, need_id, actor.member_id);
    if (!previous) return previous.error();
    if (*previous) return refused("mobilisation.errors.already_offered", "message");
    Offer o;
    o.need_id = need_id;
    o.expert_id = actor.member_id;
    o.message = message;
    o.created_at = when;
    o.expires_at = core::iso(expires_at(now, s.expiry_days));
    // An invited expert's offer is their answer to the invitation.
    auto inv = st::invitation_on(c, need_id, actor.member_id);
    if (!inv) return inv.error();
    if (*inv && (*inv)->status == "open") {
      auto moved = st::move_invitation(c, (*inv)->id, InvitationStatus::offered, when);
      if (!moved) return moved.error();
      if (*moved) {
        o.invitation_id = (*inv)->id;
        if (auto r = profile_changed(c, actor.member_id); !r) return r.error();
      }
    }
    auto id = st::insert_offer(c, o);
    if (!id) return id.error();
    if (auto r = follow(c, *need, NeedEvent::offer_made, when); !r) return r.error();
    std::int64_t inviter = *inv ? (*inv)->invited_by : 0;
    if (auto r = st::notify_carrier(c, need->carrier_id,
                                    {0, kOfferReceived, need_id, actor.member_id, 0, *id}, inviter,
                                    when);
        !r) {
      return r.error();
    }
    if (auto r = audit::audit_store::record(c, actor.member_id, "need.offer.made", "need", need_id,
                                            o.invitation_id ? "invited" : "");
        !r) {
      return r.error();
    }
    Done done{*id, {}};
    done.notices.push_back({kOfferReceived, inviter, true, need_id, actor.member_id, 0, *id});
    return done;
  });
}

Result<Done> withdraw_offer(store::Db& db, const web::Actor& actor, std::int64_t offer_id,
                            core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<Done>([&](store::Conn& c) -> Result<Done> {
    auto o = st::offer(c, offer_id);
    if (!o) return o.error();
    if (!*o) return Error::not_found();
    if (auto d =
            can(actor, Action::withdraw_offer, {false, false, (*o)->expert_id == actor.member_id});
        !d) {
      return d.forbidden();
    }
    if ((*o)->status == "withdrawn") return Done{offer_id, {}};
    if ((*o)->status != "open") return refused("mobilisation.errors.already_answered");
    auto moved = st::move_offer(c, offer_id, OfferStatus::withdrawn, 0, "", when);
    if (!moved) return moved.error();
    if (!*moved) return refused("mobilisation.errors.already_answered");
    auto need = need_for_update(c, (*o)->need_id);
    if (!need) return need.error();
    if (auto r = st::notify_carrier(c, need->carrier_id,
                                    {0, kOfferWithdrawn, need->id, actor.member_id, 0, offer_id}, 0,
                                    when);
        !r) {
      return r.error();
    }
    return Done{offer_id, {}};
  });
}

namespace {

// The checks both answers to an offer share; returns the offer and its need, or why not.
struct Answering {
  Offer offer;
  NeedRef need;
  bool repeated = false;  // the same answer was already given
};

Result<Answering> answering(store::Conn& c, const web::Actor& actor, std::int64_t offer_id,
                            const char* same_status) {
  auto o = st::offer(c, offer_id);
  if (!o) return o.error();
  if (!*o) return Error::not_found();
  auto need = need_for_update(c, (*o)->need_id);
  if (!need) return need.error();
  auto rep = st::is_verified_representative(c, actor.member_id, need->carrier_id);
  if (!rep) return rep.error();
  if (auto d = can(actor, Action::answer_offer, {*rep, false, (*o)->expert_id == actor.member_id});
      !d) {
    return d.forbidden();
  }
  Answering a{std::move(**o), std::move(*need), false};
  if (a.offer.status == same_status) {
    a.repeated = true;
    return a;
  }
  if (a.offer.status != "open") return refused("mobilisation.errors.already_answered");
  return a;
}

}  // namespace

Result<Done> accept_offer(store::Db& db, const web::Actor& actor, std::int64_t offer_id,
                          const std::string& role, core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<Done>([&](store::Conn& c) -> Result<Done> {
    auto a = answering(c, actor, offer_id, "accepted");
    if (!a) return a.error();
    if (a->repeated) return Done{offer_id, {}};
    if (!takes_help(a->need.kind, a->need.status)) {
      return refused("mobilisation.errors.need_closed");
    }
    auto moved = st::move_offer(c, offer_id, OfferStatus::accepted, actor.member_id, "", when);
    if (!moved) return moved.error();
    if (!*moved) return refused("mobilisation.errors.already_answered");
    if (auto r = st::join_team(c, a->need.project_id, a->offer.expert_id, role, a->need.id, when);
        !r) {
      return r.error();
    }
    if (auto r = activity::activity_store::record(
            c,
            {a->need.project_id, activity::kJoined, a->offer.expert_id, "",
             "/projects/" + std::to_string(a->need.project_id) + "/team"},
            when);
        !r) {
      return r.error();
    }
    if (auto r = follow(c, a->need, NeedEvent::offer_accepted, when); !r) return r.error();
    // The need is satisfied: what is still open on it is withdrawn, each with its notice.
    if (auto r = withdraw_left_behind(c, a->need.id, when); !r) return r.error();
    if (auto r = st::notify(
            c, {a->offer.expert_id, kOfferAccepted, a->need.id, actor.member_id, 0, offer_id},
            when);
        !r) {
      return r.error();
    }
    if (auto r =
            audit::audit_store::record(c, actor.member_id, "need.offer.accepted", "need",
                                       a->need.id, "expert " + std::to_string(a->offer.expert_id));
        !r) {
      return r.error();
    }
    Done done{offer_id, {}};
    done.notices.push_back(
        {kOfferAccepted, a->offer.expert_id, false, a->need.id, actor.member_id, 0, offer_id});
    return done;
  });
}

Result<Done> decline_offer(store::Db& db, const web::Actor& actor, std::int64_t offer_id,
                           const std::string& note, core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<Done>([&](store::Conn& c) -> Result<Done> {
    auto a = answering(c, actor, offer_id, "declined");
    if (!a) return a.error();
    if (a->repeated) return Done{offer_id, {}};
    auto moved = st::move_offer(c, offer_id, OfferStatus::declined, actor.member_id, note, when);
    if (!moved) return moved.error();
    if (!*moved) return refused("mobilisation.errors.already_answered");
    if (auto r = st::notify(
            c, {a->offer.expert_id, kOfferDeclined, a->need.id, actor.member_id, 0, offer_id},
            when);
        !r) {
      return r.error();
    }
    if (auto r =
            audit::audit_store::record(c, actor.member_id, "need.offer.declined", "need",
                                       a->need.id, "expert " + std::to_string(a->offer.expert_id));
        !r) {
      return r.error();
    }
    Done done{offer_id, {}};
    done.notices.push_back(
        {kOfferDeclined, a->offer.expert_id, false, a->need.id, actor.member_id, 0, offer_id});
    return done;
  });
}

}  // namespace comdev::mobilisation
