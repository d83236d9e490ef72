#include "features/receipts/receipt_actions.h"

#include <mutex>

#include "core/form_text.h"
#include "features/audit/audit_store.h"
#include "features/campaigns/campaign_actions.h"
#include "features/campaigns/campaign_store.h"
#include "features/receipts/receipt_store.h"

namespace comdev::receipts {
namespace {

namespace st = receipt_store;
namespace cst = campaigns::campaign_store;

Status audit(store::Conn& c, const web::Actor& actor, std::string_view action,
             std::string_view type, std::int64_t id, const std::string& detail) {
  return audit::audit_store::record(c, actor.member_id, action, type, id, detail);
}

Status issue_for(store::Conn& c, const campaigns::Pledge& p, std::int64_t amount_minor, Means means,
                 const std::string& when) {
  auto campaign = cst::find(c, p.campaign_id);
  if (!campaign) return campaign.error();
  if (!*campaign) return Error::internal("receipts: pledge without campaign");
  st::NewReceipt r;
  r.pledge_id = p.id;
  r.organisation_id = p.organisation_id;
  r.member_id = p.member_id;
  r.donor_name = p.donor_name;
  r.organisation_name = (*campaign)->organisation_name;
  r.campaign_title = p.campaign_title;
  r.authorisation_ref = (*campaign)->in.authorisation_ref;
  r.authorisation_on = (*campaign)->in.authorisation_on;
  r.pledge_reference = p.reference;
  r.amount_minor = amount_minor;
  r.currency = p.currency;
  r.means = means;
  r.donated_on = when.substr(0, 10);
  r.issued_at = when;
  auto id = st::issue(c, r);
  if (!id) return id.error();
  return {};
}

Result<Subject> subject_in(store::Conn& c, const web::Actor& actor, std::int64_t organisation_id) {
  Subject s;
  if (!actor.signed_in()) return s;
  auto t = cst::is_treasurer(c, actor.member_id, organisation_id);
  if (!t) return t.error();
  auto r = cst::is_representative(c, actor.member_id, organisation_id);
  if (!r) return r.error();
  s.treasurer = *t;
  s.represents = *r;
  return s;
}

}  // namespace

void hook_into_pledges() {
  static std::once_flag once;
  std::call_once(once, [] {
    campaigns::on_pledge_confirmed([](store::Conn& c, const campaigns::PledgeEvent& e) {
      return issue_for(c, e.pledge, e.amount_minor, parse_means(e.means).value_or(Means::transfer),
                       e.when);
    });
    campaigns::on_pledge_refunded([](store::Conn& c, const campaigns::PledgeEvent& e) -> Status {
      auto done = st::cancel_of_pledge(c, e.pledge.id, e.when);
      if (!done) return done.error();
      return {};
    });
  });
}

Result<Access> readable(store::Db& db, const web::Actor& actor, std::int64_t id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto r = st::find(**lease, id);
  if (!r) return r.error();
  if (!*r) return Error::not_found();
  auto s = subject_in(**lease, actor, (*r)->organisation_id);
  if (!s) return s.error();
  s->own = actor.signed_in() && (*r)->member_id == actor.member_id;
  s->cancelled = (*r)->cancelled();
  if (!can(actor, Action::read, *s)) {
    if (!actor.signed_in()) return Error::unauthenticated();
    return Error::not_found();
  }
  return Access{std::move(**r), *s};
}

Result<std::int64_t> receipt_of_pledge(store::Db& db, const web::Actor& actor,
                                       std::int64_t pledge_id) {
  std::optional<Receipt> r;
  {
    auto lease = db.acquire();
    if (!lease) return lease.error();
    auto found = st::of_pledge(**lease, pledge_id);
    if (!found) return found.error();
    r = std::move(*found);
  }
  if (!r) return Error::not_found();
  auto access = readable(db, actor, r->id);
  if (!access) return access.error();
  return r->id;
}

Status set_address(store::Db& db, const web::Actor& actor, std::int64_t id,
                   std::string_view address) {
  auto typed = core::form_text("address", address, kMaxAddress, false, "receipts.errors.required",
                               "receipts.errors.too_long");
  if (!typed) return typed.error();
  auto access = readable(db, actor, id);
  if (!access) return access.error();
  if (auto d = can(actor, Action::set_address, access->subject); !d) {
    return access->subject.cancelled ? Error::conflict(std::string(d.reason)) : d.forbidden();
  }
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto done = st::set_donor_address(c, id, *typed);
    if (!done) return done.error();
    if (!*done) return Error::conflict("receipts.errors.cancelled");
    // The address itself is personal data: the audit log keeps only that it changed.
    if (auto a = audit(c, actor, "receipt.address", "receipt", id, ""); !a) {
      return a.error();
    }
    return true;
  }));
}

Result<Organisation> organisation(store::Db& db, const web::Actor& actor,
                                  std::int64_t organisation_id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto name = cst::organisation_name(**lease, organisation_id);
  if (!name) return name.error();
  if (!*name) return Error::not_found();
  auto s = subject_in(**lease, actor, organisation_id);
  if (!s) return s.error();
  auto settings = st::settings(**lease, organisation_id);
  if (!settings) return settings.error();
  return Organisation{std::move(**name), *s, std::move(*settings)};
}

Result<Register> register_of(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                             int year) {
  auto org = organisation(db, actor, organisation_id);
  if (!org) return org.error();
  if (auto d = can(actor, Action::see_register, org->subject); !d) return d.forbidden();
  auto lease = db.acquire();
  if (!lease) return lease.error();
  Register out;
  auto years = st::years_of(**lease, organisation_id);
  if (!years) return years.error();
  out.years = std::move(*years);
  auto all = st::of_organisation(**lease, organisation_id, year);
  if (!all) return all.error();
  out.receipts = std::move(*all);
  return out;
}

Status save_settings(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                     const Settings& typed, core::Seconds now) {
  Settings clean;
  std::vector<FieldError> errors;
  auto field = [&](std::string_view name, const std::string& value, std::string& out) {
    auto t = core::form_text(name, value, kMaxSetting, false, "receipts.errors.required",
                             "receipts.errors.too_long");
    if (!t) {
      for (auto& f : t.error().fields) errors.push_back(f);
      if (t.error().fields.empty()) errors.push_back({std::string(name), t.error().message_id});
      return;
    }
    out = std::move(*t);
  };
  field("postal_address", typed.postal_address, clean.postal_address);
  field("registration", typed.registration, clean.registration);
  field("object", typed.object, clean.object);
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  auto org = organisation(db, actor, organisation_id);
  if (!org) return org.error();
  if (auto d = can(actor, Action::edit_settings, org->subject); !d) return d.forbidden();
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    if (auto s = st::save_settings(c, organisation_id, clean, when); !s) return s.error();
    if (auto a = audit(c, actor, "receipts.settings", "organisation", organisation_id, ""); !a) {
      return a.error();
    }
    return true;
  }));
}

Status set_tax_eligible(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                        bool eligible, core::Seconds now) {
  if (auto d = can(actor, Action::mark_eligible); !d) return d.forbidden();
  auto org = organisation(db, actor, organisation_id);
  if (!org) return org.error();
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    if (auto s = st::set_tax_eligible(c, organisation_id, eligible, actor.member_id, when); !s) {
      return s.error();
    }
    if (auto a = audit(c, actor, "receipts.tax_eligible", "organisation", organisation_id,
                       eligible ? "eligible" : "not eligible");
        !a) {
      return a.error();
    }
    return true;
  }));
}

Status load_demo(store::Db& db) {
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto ids = st::demo_pledges_without_receipt(c);
    if (!ids) return ids.error();
    for (auto id : *ids) {
      auto p = cst::find_pledge(c, id);
      if (!p) return p.error();
      if (!*p) continue;
      std::string when = (*p)->confirmed_at.empty() ? (*p)->created_at : (*p)->confirmed_at;
      if (auto s = issue_for(c, **p, (*p)->amount_minor, Means::transfer, when); !s) {
        return s.error();
      }
      if ((*p)->state == campaigns::PledgeState::refunded) {
        auto done = st::cancel_of_pledge(c, id, when);
        if (!done) return done.error();
      }
    }
    return true;
  }));
}

}  // namespace comdev::receipts
