#include "features/mobilisation/mobilisation_expiry.h"

#include "core/log.h"
#include "features/changes/change_log_store.h"
#include "features/mobilisation/mobilisation_actions.h"
#include "features/mobilisation/mobilisation_mail.h"
#include "features/mobilisation/mobilisation_store.h"

namespace comdev::mobilisation {
namespace {

namespace st = mobilisation_store;

struct Pass {
  Expired counts;
  std::vector<Notice> notices;
};

Result<Pass> claim(store::Db& db, const std::string& now) {
  return db.transaction<Pass>([&](store::Conn& c) -> Result<Pass> {
    Pass p;
    // Withdrawn first: an invitation on a closed need is withdrawn, not "expired".
    auto before = st::withdraw_invitations_left(c, 0, now);
    if (!before) return before.error();
    auto offers_before = st::withdraw_offers_left(c, 0, now);
    if (!offers_before) return offers_before.error();
    p.counts.withdrawn = static_cast<int>(before->size() + offers_before->size());
    for (const auto& i : *before) {
      if (auto s = st::notify(c, {i.expert_id, kInvitationWithdrawn, i.need_id, 0, i.id, 0}, now);
          !s) {
        return s.error();
      }
      if (auto s = changes::change_log_store::record(c, changes::kProfile, i.expert_id); !s) {
        return s.error();
      }
    }
    for (const auto& o : *offers_before) {
      if (auto s = st::notify(c, {o.expert_id, kOfferWithdrawn, o.need_id, 0, 0, o.id}, now); !s) {
        return s.error();
      }
    }
    auto invitations = st::expire_invitations(c, now);
    if (!invitations) return invitations.error();
    for (const auto& i : *invitations) {
      auto need = st::need(c, i.need_id);
      if (!need) return need.error();
      if (!*need) continue;
      if (auto s = st::notify(c, {i.expert_id, kInvitationExpired, i.need_id, 0, i.id, 0}, now);
          !s) {
        return s.error();
      }
      if (auto s = st::notify_carrier(c, (*need)->carrier_id,
                                      {0, kInvitationExpired, i.need_id, i.expert_id, i.id, 0},
                                      i.invited_by, now);
          !s) {
        return s.error();
      }
      if (auto s = changes::change_log_store::record(c, changes::kProfile, i.expert_id); !s) {
        return s.error();
      }
      p.notices.push_back({kInvitationExpired, i.expert_id, false, i.need_id, 0, i.id, 0});
      p.notices.push_back(
          {kInvitationExpired, i.invited_by, true, i.need_id, i.expert_id, i.id, 0});
    }
    auto offers = st::expire_offers(c, now);
    if (!offers) return offers.error();
    for (const auto& o : *offers) {
      auto need = st::need(c, o.need_id);
      if (!need) return need.error();
      if (!*need) continue;
      if (auto s = st::notify(c, {o.expert_id, kOfferExpired, o.need_id, 0, 0, o.id}, now); !s) {
        return s.error();
      }
      if (auto s = st::notify_carrier(c, (*need)->carrier_id,
                                      {0, kOfferExpired, o.need_id, o.expert_id, 0, o.id}, 0, now);
          !s) {
        return s.error();
      }
      p.notices.push_back({kOfferExpired, o.expert_id, false, o.need_id, 0, 0, o.id});
      p.notices.push_back({kOfferExpired, 0, true, o.need_id, o.expert_id, 0, o.id});
    }
    p.counts.invitations = static_cast<int>(invitations->size());
    p.counts.offers = static_cast<int>(offers->size());
    return p;
  });
}

}  // namespace

Result<Expired> expire_due(store::Db& db, mail::Mailer& mailer, const std::string& base_url,
                           core::Seconds now) {
  auto p = claim(db, core::iso(now));
  if (!p) return p.error();
  // After the commit: a notice is sent only for rows this pass claimed.
  p->counts.mails = send_notices(db, mailer, base_url, p->notices);
  if (p->counts.invitations + p->counts.offers + p->counts.withdrawn > 0) {
    log::info("mobilisation.expired", {{"invitations", p->counts.invitations},
                                       {"offers", p->counts.offers},
                                       {"withdrawn", p->counts.withdrawn},
                                       {"mails", p->counts.mails}});
  }
  return p->counts;
}

void schedule(jobs::Scheduler& jobs, store::Db& db, mail::Mailer& mailer,
              const std::string& base_url, std::chrono::seconds period) {
  jobs.every("mobilisation.expiry", period, std::chrono::seconds(0), std::chrono::minutes(10),
             [&db, &mailer, &base_url](core::Seconds now, const std::atomic<bool>&) -> Status {
               auto r = expire_due(db, mailer, base_url, now);
               if (!r) return r.error();
               return {};
             });
}

}  // namespace comdev::mobilisation
