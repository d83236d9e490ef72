#include "features/campaigns/campaign_actions.h"

#include "features/audit/audit_store.h"
#include "features/campaigns/campaign_rules.h"
#include "features/campaigns/campaign_store.h"
#include "features/campaigns/pledge_reference.h"
#include "features/campaigns/statement.h"
#include "features/ledger/ledger_rules.h"
#include "features/ledger/ledger_store.h"
#include "money/money.h"

namespace comdev::campaigns {
namespace {

namespace st = campaign_store;

std::vector<PledgeHook>& confirmed_hooks() {
  static std::vector<PledgeHook> hooks;
  return hooks;
}
std::vector<PledgeHook>& refunded_hooks() {
  static std::vector<PledgeHook> hooks;
  return hooks;
}

Status run_hooks(const std::vector<PledgeHook>& hooks, store::Conn& c, const PledgeEvent& e) {
  for (const auto& hook : hooks) {
    if (auto r = hook(c, e); !r) return r;
  }
  return {};
}

Status audit(store::Conn& c, const web::Actor& actor, std::string_view action,
             std::string_view type, std::int64_t id, const std::string& detail) {
  return audit::audit_store::record(c, actor.member_id, action, type, id, detail);
}

Result<Subject> subject_for(store::Conn& c, const web::Actor& actor, std::int64_t carrier_id,
                            std::int64_t collector_id, State state) {
  Subject s;
  s.state = state;
  if (!actor.signed_in()) return s;
  auto carrier = st::is_representative(c, actor.member_id, carrier_id);
  if (!carrier) return carrier.error();
  auto treasurer = st::is_treasurer(c, actor.member_id, collector_id);
  if (!treasurer) return treasurer.error();
  auto rep = st::is_representative(c, actor.member_id, collector_id);
  if (!rep) return rep.error();
  s.carrier = *carrier;
  s.treasurer = *treasurer;
  s.represents_collector = *rep;
  return s;
}

Result<bool> collector_ok(store::Conn& c, std::int64_t organisation_id) {
  auto all = st::collectors(c);
  if (!all) return all.error();
  for (const auto& o : *all) {
    if (o.id == organisation_id) return true;
  }
  return false;
}

// A ledger label within the ledger's limit, cut between two UTF-8 characters.
std::string fit_label(std::string s) {
  if (s.size() <= ledger::kMaxLabelBytes) return s;
  std::size_t n = ledger::kMaxLabelBytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  s.resize(n);
  return s;
}

// The fund uses of a campaign of `project_id` in `currency`: each budget line must be one of the
// project's, in the campaign's currency; its name is taken from the budget.
Status check_uses(store::Conn& c, std::int64_t project_id, CampaignInput& in) {
  for (auto& u : in.uses) {
    if (u.budget_line_id == 0) continue;
    auto line = ledger::ledger_store::budget_line(c, u.budget_line_id);
    if (!line) return line.error();
    if (!*line || (*line)->project_id != project_id) {
      return Error::invalid("errors.invalid", {{"uses", "campaigns.errors.budget_line"}});
    }
    if ((*line)->currency != in.currency) {
      return Error::invalid("errors.invalid", {{"uses", "campaigns.errors.budget_line_currency"}});
    }
    u.label = (*line)->label;
  }
  return {};
}

// Confirms a pledge (from pledged or expired) in the caller's transaction and appends its
// money_in entry to the project's ledger in the same transaction, so the money is counted in
// both or in neither (and in the other features' hooks: its receipt); false when someone else
// moved the pledge first. `amount_minor` > 0: what arrived, when it differs from the promise.
Result<bool> confirm_in(store::Conn& c, const web::Actor& actor, const Pledge& p,
                        std::int64_t amount_minor, const std::string& now,
                        std::string_view means = "transfer") {
  if (!can_move(p.state, PledgeState::confirmed)) return false;
  auto moved =
      st::move_pledge(c, p.id, p.state, PledgeState::confirmed, actor.member_id, now, amount_minor);
  if (!moved) return moved.error();
  if (!*moved) return false;
  ledger::NewEntry e;
  e.project_id = p.project_id;
  e.kind = ledger::Kind::money_in;
  e.amount_minor = amount_minor > 0 ? amount_minor : p.amount_minor;
  e.currency = p.currency;
  e.occurred_on = now.substr(0, 10);
  // The donor's name stays with the treasurer: the ledger is public.
  e.label = fit_label("Don " + display_reference(p.reference) + " : " + p.campaign_title);
  e.piece = display_reference(p.reference);
  e.pledge_id = p.id;
  e.recorded_by = actor.member_id;
  e.recorded_at = now;
  if (auto entry = ledger::ledger_store::append_entry(c, e); !entry) return entry.error();
  std::string detail = "reference " + p.reference;
  if (amount_minor > 0 && amount_minor != p.amount_minor) {
    detail += ", amount " + money::to_decimal(p.amount_minor) + " -> " +
              money::to_decimal(amount_minor) + " " + p.currency;
  }
  if (auto a = audit(c, actor, "pledge.confirmed", "pledge", p.id, detail); !a) return a.error();
  PledgeEvent event{p, e.amount_minor, means, actor, now};
  if (auto h = run_hooks(confirmed_hooks(), c, event); !h) return h.error();
  return true;
}

}  // namespace

Result<Access> readable(store::Conn& c, const web::Actor& actor, std::int64_t id) {
  auto found = st::find(c, id);
  if (!found) return found.error();
  if (!*found) return Error::not_found();
  auto s =
      subject_for(c, actor, (*found)->carrier_id, (*found)->in.organisation_id, (*found)->state);
  if (!s) return s.error();
  if (!can(actor, Action::view, *s)) return Error::not_found();
  return Access{std::move(**found), *s};
}

Result<Access> readable(store::Db& db, const web::Actor& actor, std::int64_t id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  return readable(**lease, actor, id);
}

Result<Subject> project_subject(store::Db& db, const web::Actor& actor, std::int64_t project_id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto p = st::project_carrier(**lease, project_id);
  if (!p) return p.error();
  if (!*p) return Error::not_found();
  return subject_for(**lease, actor, (*p)->id, 0, State::draft);
}

Result<std::int64_t> create(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                            const CampaignInput& in, core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto p = st::project_carrier(c, project_id);
    if (!p) return p.error();
    if (!*p) return Error::not_found();
    auto s = subject_for(c, actor, (*p)->id, in.organisation_id, State::draft);
    if (!s) return s.error();
    if (auto d = can(actor, Action::create, *s); !d) return d.forbidden();
    auto ok = collector_ok(c, in.organisation_id);
    if (!ok) return ok.error();
    if (!*ok) {
      return Error::invalid("errors.invalid",
                            {{"organisation", "campaigns.errors.organisation_unverified"}});
    }
    CampaignInput checked = in;
    if (auto u = check_uses(c, project_id, checked); !u) return u.error();
    auto id = st::insert(c, project_id, checked, actor.member_id, false, when);
    if (!id) return id.error();
    if (auto a = audit(c, actor, "campaign.created", "campaign", *id,
                       "project " + std::to_string(project_id));
        !a) {
      return a.error();
    }
    return *id;
  });
}

Status edit(store::Db& db, const web::Actor& actor, std::int64_t id, const CampaignInput& in,
            core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = readable(c, actor, id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::edit, a->subject); !d) return d.forbidden();
    auto ok = collector_ok(c, in.organisation_id);
    if (!ok) return ok.error();
    if (!*ok) {
      return Error::invalid("errors.invalid",
                            {{"organisation", "campaigns.errors.organisation_unverified"}});
    }
    CampaignInput checked = in;
    if (auto u = check_uses(c, a->campaign.project_id, checked); !u) return u.error();
    auto updated = st::update(c, id, checked, when);
    if (!updated) return updated.error();
    if (!*updated) return Error::conflict("campaigns.errors.not_draft");
    return true;
  }));
}

namespace {

// The review's checks (submit and publish): law 18-18's and the platform's.
Status publishable(store::Conn& c, const Campaign& campaign, core::Seconds now) {
  auto verified = st::organisation_verified(c, campaign.in.organisation_id);
  if (!verified) return verified.error();
  auto problems = publish_problems(campaign.in, *verified, day_of(now));
  if (problems.empty()) return {};
  std::vector<FieldError> fields;
  for (auto& p : problems) {
    std::string field = p == "campaigns.errors.authorisation_required"  ? "authorisation_ref"
                        : p == "campaigns.errors.bank_details_required" ? "bank_details"
                        : p == "campaigns.errors.already_ended"         ? "ends_on"
                                                                        : "organisation";
    fields.push_back({std::move(field), std::move(p)});
  }
  return Error::invalid("campaigns.errors.not_publishable", std::move(fields));
}

Status move_campaign(store::Db& db, const web::Actor& actor, std::int64_t id, Action action,
                     State from, State to, const std::string& note, std::string_view audit_action,
                     core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = readable(c, actor, id);
    if (!a) return a.error();
    if (auto d = can(actor, action, a->subject); !d) return d.forbidden();
    if (to == State::submitted || to == State::published) {
      if (auto p = publishable(c, a->campaign, now); !p) return p.error();
    }
    auto moved = st::move(c, id, from, to, actor.member_id, note, when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("campaigns.errors.changed_meanwhile");
    if (auto r = audit(c, actor, audit_action, "campaign", id,
                       "project " + std::to_string(a->campaign.project_id));
        !r) {
      return r.error();
    }
    return true;
  }));
}

}  // namespace

Status submit(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now) {
  return move_campaign(db, actor, id, Action::submit, State::draft, State::submitted, "",
                       "campaign.submitted", now);
}

Status publish(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now) {
  return move_campaign(db, actor, id, Action::publish, State::submitted, State::published, "",
                       "campaign.published", now);
}

Status send_back(store::Db& db, const web::Actor& actor, std::int64_t id, const std::string& note,
                 core::Seconds now) {
  return move_campaign(db, actor, id, Action::send_back, State::submitted, State::draft, note,
                       "campaign.sent_back", now);
}

Status close(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now) {
  return move_campaign(db, actor, id, Action::close, State::published, State::closed, "",
                       "campaign.closed", now);
}

Result<std::int64_t> post_update(store::Db& db, const web::Actor& actor, std::int64_t id,
                                 const UpdateInput& in, core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto a = readable(c, actor, id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::post_update, a->subject); !d) return d.forbidden();
    return st::insert_update(c, id, actor.member_id, in.title, in.body_md, when);
  });
}

Result<Housekeeping> housekeeping(store::Db& db, core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<Housekeeping>([&](store::Conn& c) -> Result<Housekeeping> {
    Housekeeping h;
    auto ended_ids = st::ended(c, day_of(now));
    if (!ended_ids) return ended_ids.error();
    for (auto id : *ended_ids) {
      auto moved = st::move(c, id, State::published, State::closed, 0, "", when);
      if (!moved) return moved.error();
      if (!*moved) continue;
      ++h.closed;
      if (auto r = audit::audit_store::record(c, 0, "campaign.closed", "campaign", id,
                                              "end date passed");
          !r) {
        return r.error();
      }
    }
    auto cutoff = core::iso(now - std::chrono::days(kPledgeLifetimeDays));
    auto expired = st::expire_pledges(c, cutoff, when);
    if (!expired) return expired.error();
    h.expired = *expired;
    return h;
  });
}

Result<Pledged> pledge(store::Db& db, const web::Actor& actor, std::int64_t campaign_id,
                       const PledgeInput& in, const std::string& idempotency_key,
                       core::Seconds now) {
  if (!actor.signed_in()) return Error::unauthenticated();
  auto when = core::iso(now);
  return db.transaction<Pledged>([&](store::Conn& c) -> Result<Pledged> {
    auto a = readable(c, actor, campaign_id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::pledge, a->subject); !d) return d.forbidden();
    // A retry: the first pledge made with this key, whatever the campaign's state now.
    if (!idempotency_key.empty()) {
      auto earlier = st::pledge_by_key(c, actor.member_id, idempotency_key);
      if (!earlier) return earlier.error();
      if (*earlier) {
        if ((*earlier)->campaign_id != campaign_id || (*earlier)->amount_minor != in.amount_minor) {
          return Error::conflict("campaigns.errors.idempotency_reused");
        }
        return Pledged{std::move(**earlier), false};
      }
    }
    if (auto why = pledge_refusal(a->campaign.state, a->campaign.in, day_of(now)); !why.empty()) {
      return Error::conflict(std::string(why));
    }
    auto donor = st::display_name(c, actor.member_id);
    if (!donor) return donor.error();
    st::NewPledge p;
    p.campaign_id = campaign_id;
    p.member_id = actor.member_id;
    p.donor_name = *donor;
    p.reference = new_reference();
    p.currency = a->campaign.in.currency;
    p.idempotency_key = idempotency_key;
    p.amount_minor = in.amount_minor;
    p.anonymous = in.anonymous;
    auto id = st::insert_pledge(c, p, when);
    if (!id) return id.error();
    if (!*id) {
      // The same key raced in from another request and committed first.
      auto earlier = st::pledge_by_key(c, actor.member_id, idempotency_key);
      if (!earlier) return earlier.error();
      if (!*earlier) return Error::internal("pledge key conflict without a pledge");
      return Pledged{std::move(**earlier), false};
    }
    if (auto r = audit(c, actor, "pledge.made", "pledge", **id,
                       "campaign " + std::to_string(campaign_id));
        !r) {
      return r.error();
    }
    auto made = st::find_pledge(c, **id);
    if (!made) return made.error();
    if (!*made) return Error::internal("pledge vanished");
    return Pledged{std::move(**made), true};
  });
}

Result<Pledge> readable_pledge(store::Db& db, const web::Actor& actor, std::int64_t id) {
  if (!actor.signed_in()) return Error::unauthenticated();
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto p = st::find_pledge(**lease, id);
  if (!p) return p.error();
  if (!*p) return Error::not_found();
  if ((*p)->member_id == actor.member_id) return std::move(**p);
  auto t = st::is_treasurer(**lease, actor.member_id, (*p)->organisation_id);
  if (!t) return t.error();
  if (!*t) return Error::not_found();
  return std::move(**p);
}

Status cancel_own(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto p = st::find_pledge(c, id);
    if (!p) return p.error();
    if (!*p) return Error::not_found();
    Subject s;
    s.own_pledge = actor.signed_in() && (*p)->member_id == actor.member_id;
    if (auto d = can(actor, Action::cancel_own, s); !d) {
      return d.reason == "errors.sign_in_required" ? d.forbidden() : Error::not_found();
    }
    if (!can_move((*p)->state, PledgeState::cancelled)) {
      return Error::conflict("campaigns.errors.pledge_not_pending");
    }
    auto moved = st::move_pledge(c, id, (*p)->state, PledgeState::cancelled, actor.member_id, when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("campaigns.errors.pledge_not_pending");
    return true;
  }));
}

Result<bool> is_treasurer(store::Db& db, const web::Actor& actor, std::int64_t organisation_id) {
  if (!actor.signed_in()) return false;
  auto lease = db.acquire();
  if (!lease) return lease.error();
  return st::is_treasurer(**lease, actor.member_id, organisation_id);
}

namespace {

// The treasury's check inside a transaction: the actor is a treasurer of the organisation.
Status treasury_check(store::Conn& c, const web::Actor& actor, std::int64_t organisation_id) {
  Subject s;
  if (actor.signed_in()) {
    auto t = st::is_treasurer(c, actor.member_id, organisation_id);
    if (!t) return t.error();
    s.treasurer = *t;
  }
  if (auto d = can(actor, Action::treasury, s); !d) return d.forbidden();
  return {};
}

}  // namespace

Status treasurer_move(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                      std::int64_t pledge_id, PledgeState to, core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    if (auto t = treasury_check(c, actor, organisation_id); !t) return t.error();
    auto p = st::find_pledge(c, pledge_id);
    if (!p) return p.error();
    // Another organisation's pledge is not this treasury's business.
    if (!*p || (*p)->organisation_id != organisation_id) return Error::not_found();
    if (!can_move((*p)->state, to)) return Error::conflict("campaigns.errors.pledge_state");
    if (to == PledgeState::confirmed) {
      auto done = confirm_in(c, actor, **p, 0, when);
      if (!done) return done.error();
      if (!*done) return Error::conflict("campaigns.errors.pledge_state");
      return true;
    }
    auto moved = st::move_pledge(c, pledge_id, (*p)->state, to, actor.member_id, when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("campaigns.errors.pledge_state");
    if (to == PledgeState::refunded) {
      // The money went back: its money_in entry is reversed, never edited.
      auto entry = st::money_in_entry_of(c, pledge_id);
      if (!entry) return entry.error();
      if (*entry) {
        ledger::NewEntry r;
        r.project_id = (*p)->project_id;
        r.kind = ledger::Kind::reversal;
        r.reverses_entry_id = **entry;
        r.occurred_on = when.substr(0, 10);
        r.label = "Remboursement du don " + display_reference((*p)->reference);
        r.recorded_by = actor.member_id;
        r.recorded_at = when;
        if (auto appended = ledger::ledger_store::append_entry(c, r); !appended) {
          return appended.error();
        }
      }
    }
    if (auto a = audit(c, actor, std::string("pledge.") + std::string(name(to)), "pledge",
                       pledge_id, "reference " + (*p)->reference);
        !a) {
      return a.error();
    }
    if (to == PledgeState::refunded) {
      PledgeEvent event{**p, (*p)->amount_minor, "transfer", actor, when};
      if (auto h = run_hooks(refunded_hooks(), c, event); !h) return h.error();
    }
    return true;
  }));
}

Result<bool> confirm_online(store::Conn& c, std::int64_t pledge_id, std::int64_t amount_minor,
                            std::string_view provider_payment_id, const std::string& now) {
  const web::Actor platform{};  // no member: the provider's word, read back from its API
  auto p = st::find_pledge(c, pledge_id);
  if (!p) return p.error();
  if (!*p) return Error::not_found();
  auto done = confirm_in(c, platform, **p, amount_minor, now, "online");
  if (!done || !*done) return done;
  if (auto a = audit(c, platform, "pledge.paid_online", "pledge", pledge_id,
                     "payment " + std::string(provider_payment_id));
      !a) {
    return a.error();
  }
  return true;
}

Result<ImportReport> import_statement(store::Db& db, const web::Actor& actor,
                                      std::int64_t organisation_id, const std::string& filename,
                                      std::string_view bytes, core::Seconds now) {
  {
    auto lease = db.acquire();
    if (!lease) return lease.error();
    if (auto t = treasury_check(**lease, actor, organisation_id); !t) return t.error();
  }
  auto statement = parse_statement(bytes);
  if (!statement) return statement.error();
  auto when = core::iso(now);
  return db.transaction<ImportReport>([&](store::Conn& c) -> Result<ImportReport> {
    if (auto t = treasury_check(c, actor, organisation_id); !t) return t.error();
    ImportReport report;
    report.debits = statement->debits;
    report.unreadable = statement->unreadable;
    auto import_id = st::insert_import(c, organisation_id, actor.member_id, filename, when);
    if (!import_id) return import_id.error();
    for (const auto& line : statement->credits) {
      auto found = st::pledges_by_reference(c, organisation_id, line.references);
      if (!found) return found.error();
      std::string outcome = "unmatched";
      std::int64_t pledge_id = 0;
      bool confirm = false;
      if (found->size() > 1) {
        outcome = "ambiguous";
      } else if (found->size() == 1) {
        const Pledge& p = found->front();
        pledge_id = p.id;
        bool same_money = line.amount_minor == p.amount_minor &&
                          (line.currency.empty() || line.currency == p.currency);
        if (p.state == PledgeState::confirmed) {
          outcome = same_money ? "resolved" : "amount_differs";
        } else if (!can_move(p.state, PledgeState::confirmed)) {
          outcome = "unmatched";  // cancelled or refunded: the treasurer decides
        } else if (!same_money) {
          outcome = "amount_differs";
        } else {
          outcome = "confirmed";
          confirm = true;
        }
      }
      auto line_id = st::insert_line(c, *import_id, organisation_id, line, outcome, pledge_id,
                                     actor.member_id, when);
      if (!line_id) return line_id.error();
      if (!*line_id) {
        ++report.already_imported;
        continue;
      }
      if (confirm) {
        auto done = confirm_in(c, actor, found->front(), 0, when);
        if (!done) return done.error();
        if (*done) {
          ++report.confirmed;
        } else {
          ++report.already_confirmed;
        }
      } else if (outcome == "resolved") {
        ++report.already_confirmed;
      } else {
        ++report.to_decide;
      }
    }
    if (auto a = audit(c, actor, "statement.imported", "organisation", organisation_id,
                       std::to_string(report.confirmed) + " confirmed, " +
                           std::to_string(report.to_decide) + " to decide, " +
                           std::to_string(report.already_imported) + " already imported");
        !a) {
      return a.error();
    }
    return report;
  });
}

Status resolve_line(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                    std::int64_t line_id, std::string_view reference, core::Seconds now) {
  auto ref = parse_reference(reference);
  if (!ref) {
    return Error::invalid("errors.invalid", {{"reference", "campaigns.errors.reference"}});
  }
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    if (auto t = treasury_check(c, actor, organisation_id); !t) return t.error();
    auto line = st::find_line(c, line_id);
    if (!line) return line.error();
    if (!*line || (*line)->organisation_id != organisation_id) return Error::not_found();
    auto found = st::pledges_by_reference(c, organisation_id, {*ref});
    if (!found) return found.error();
    if (found->empty()) {
      return Error::invalid("errors.invalid", {{"reference", "campaigns.errors.no_such_pledge"}});
    }
    const Pledge& p = found->front();
    if (!(*line)->currency.empty() && (*line)->currency != p.currency) {
      return Error::invalid("errors.invalid", {{"reference", "campaigns.errors.currency"}});
    }
    auto decided = st::decide_line(c, line_id, "resolved", p.id, actor.member_id, when);
    if (!decided) return decided.error();
    if (!*decided) return Error::conflict("campaigns.errors.changed_meanwhile");
    if (p.state == PledgeState::confirmed) return true;  // the line is its evidence
    auto done = confirm_in(c, actor, p, (*line)->amount_minor, when);
    if (!done) return done.error();
    if (!*done) return Error::conflict("campaigns.errors.pledge_state");
    return true;
  }));
}

Status ignore_line(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                   std::int64_t line_id, core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    if (auto t = treasury_check(c, actor, organisation_id); !t) return t.error();
    auto line = st::find_line(c, line_id);
    if (!line) return line.error();
    if (!*line || (*line)->organisation_id != organisation_id) return Error::not_found();
    auto decided = st::decide_line(c, line_id, "ignored", 0, actor.member_id, when);
    if (!decided) return decided.error();
    if (!*decided) return Error::conflict("campaigns.errors.changed_meanwhile");
    return true;
  }));
}

Result<bool> may_name_treasurers(store::Db& db, const web::Actor& actor,
                                 std::int64_t organisation_id) {
  if (!actor.signed_in()) return false;
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto rep = st::is_representative(**lease, actor.member_id, organisation_id);
  if (!rep) return rep.error();
  Subject s;
  s.represents_collector = *rep;
  return can(actor, Action::name_treasurer, s).allowed;
}

Status name_treasurer(store::Db& db, const web::Actor& actor, std::int64_t organisation_id,
                      const std::string& email, core::Seconds now) {
  auto may = may_name_treasurers(db, actor, organisation_id);
  if (!may) return may.error();
  if (!*may) {
    Subject s;
    return can(actor, Action::name_treasurer, s).forbidden();
  }
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto org = st::organisation_name(c, organisation_id);
    if (!org) return org.error();
    if (!*org) return Error::not_found();
    auto named = st::name_treasurer(c, organisation_id, email, actor.member_id, when);
    if (!named) return named.error();
    if (!*named) {
      return Error::invalid("errors.invalid", {{"email", "campaigns.errors.no_such_member"}});
    }
    // The member by id, not their address: the audit log keeps no more personal data than needed.
    auto member = st::member_by_email(c, email);
    if (!member) return member.error();
    if (auto a = audit(c, actor, "treasurer.named", "organisation", organisation_id,
                       "member " + std::to_string(member->value_or(0)));
        !a) {
      return a.error();
    }
    return true;
  }));
}

void on_pledge_confirmed(PledgeHook hook) {
  confirmed_hooks().push_back(std::move(hook));
}

void on_pledge_refunded(PledgeHook hook) {
  refunded_hooks().push_back(std::move(hook));
}

}  // namespace comdev::campaigns
