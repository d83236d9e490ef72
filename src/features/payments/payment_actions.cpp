#include "features/payments/payment_actions.h"

#include "core/log.h"
#include "features/audit/audit_store.h"
#include "features/campaigns/campaign_actions.h"
#include "features/campaigns/campaign_store.h"
#include "features/campaigns/pledge_reference.h"
#include "features/payments/helloasso_client.h"
#include "features/payments/payment_rules.h"
#include "features/payments/payment_store.h"

namespace comdev::payments {
namespace {

namespace st = payment_store;

// What HelloAsso shows as the item: short, cut between two UTF-8 characters.
std::string item_name(const campaigns::Pledge& p) {
  constexpr std::size_t kMax = 200;
  std::string s = "Don " + campaigns::display_reference(p.reference) + " : " + p.campaign_title;
  if (s.size() <= kMax) return s;
  std::size_t n = kMax;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  s.resize(n);
  return s;
}

}  // namespace

Subject subject_of(const Config& config, const web::Actor& actor, const campaigns::Pledge& p) {
  Subject s;
  s.own = actor.signed_in() && p.member_id == actor.member_id;
  s.pending = p.state == campaigns::PledgeState::pledged;
  s.in_euros = p.currency == kOnlineCurrency;
  s.enabled =
      helloasso_settings(config).has_value() && p.organisation_id == config.helloasso_collector_id;
  return s;
}

Result<std::string> start(store::Db& db, Provider& provider, const Config& config,
                          const web::Actor& actor, std::int64_t pledge_id, core::Seconds now) {
  auto p = campaigns::readable_pledge(db, actor, pledge_id);
  if (!p) return p.error();
  if (auto d = can(actor, Action::pay_online, subject_of(config, actor, *p)); !d) {
    return Error::conflict(std::string(d.reason));
  }
  const std::string pledge_url = config.base_url + "/pledges/" + std::to_string(p->id);
  CheckoutRequest r;
  r.pledge_id = p->id;
  r.reference = campaigns::display_reference(p->reference);
  r.amount_minor = p->amount_minor;
  r.currency = p->currency;
  r.item_name = item_name(*p);
  r.return_url = config.base_url + "/payments/helloasso/return";
  r.back_url = pledge_url;
  r.error_url = pledge_url + "?done=paying";
  auto checkout = provider.create_checkout(r);
  if (!checkout) {
    log::warn("payments.checkout_failed", {{"pledge", p->id}});
    Error e = Error::unavailable(checkout.error().detail);
    e.message_id = "payments.errors.provider";
    return e;
  }
  const auto when = core::iso(now);
  auto recorded = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto id = st::record_checkout(c, provider.name(), checkout->id, p->id, p->amount_minor,
                                  p->currency, when);
    if (!id) return id.error();
    if (auto a =
            audit::audit_store::record(c, actor.member_id, "payment.checkout", "pledge", p->id,
                                       std::string(provider.name()) + " checkout " + checkout->id);
        !a) {
      return a.error();
    }
    return true;
  });
  if (!recorded) return recorded.error();
  return checkout->redirect_url;
}

Result<Settled> settle(store::Db& db, Provider& provider, std::string_view checkout_id,
                       core::Seconds now) {
  std::optional<st::CheckoutRow> row;
  std::optional<campaigns::Pledge> pledge;
  {
    auto lease = db.acquire();
    if (!lease) return lease.error();
    auto found = st::find_checkout(**lease, provider.name(), checkout_id);
    if (!found) return found.error();
    if (!*found) return Error::not_found();
    row = std::move(*found);
    auto p = campaigns::campaign_store::find_pledge(**lease, row->pledge_id);
    if (!p) return p.error();
    if (!*p) return Error::not_found();
    pledge = std::move(*p);
  }
  Settled out{row->pledge_id, false, row->state == "paid"};
  // The provider's own answer is the only evidence of a payment.
  auto status = provider.read_checkout(checkout_id);
  if (!status) return status.error();
  auto pay = paying(*status, Due{pledge->id, pledge->amount_minor, pledge->currency});
  if (!pay) return out;
  const auto when = core::iso(now);
  auto confirmed = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto known = st::payment_known(c, provider.name(), pay->id);
    if (!known) return known.error();
    if (*known) return false;
    auto marked = st::mark_paid(c, provider.name(), checkout_id, pay->id, when);
    if (!marked) return marked.error();
    if (!*marked) return false;
    auto done = campaigns::confirm_online(c, pledge->id, pay->amount_minor, pay->id, when);
    if (!done) return done.error();
    // Paid but no longer pending (cancelled meanwhile): the treasurer finds it in the audit log
    // and refunds it at the provider.
    std::string detail = std::string(provider.name()) + " checkout " + std::string(checkout_id) +
                         " payment " + pay->id + (*done ? "" : ", pledge not pending");
    if (auto a =
            audit::audit_store::record(c, 0, "payment.authorized", "pledge", pledge->id, detail);
        !a) {
      return a.error();
    }
    return *done;
  });
  if (!confirmed) return confirmed.error();
  out.confirmed = *confirmed;
  out.paid = true;
  return out;
}

Result<std::string> checkout_of_pledge(store::Db& db, const Provider& provider,
                                       std::int64_t pledge_id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto found = st::latest_of_pledge(**lease, provider.name(), pledge_id);
  if (!found) return found.error();
  return *found ? (*found)->checkout_id : std::string();
}

}  // namespace comdev::payments
