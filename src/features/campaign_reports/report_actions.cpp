#include "features/campaign_reports/report_actions.h"

#include "features/audit/audit_store.h"
#include "features/campaign_reports/report_rules.h"
#include "features/campaigns/campaign_actions.h"
#include "features/campaigns/campaign_store.h"
#include "features/ledger/ledger_store.h"

namespace comdev::campaign_reports {
namespace {

namespace st = report_store;

Status status_of(const Result<bool>& r) {
  if (!r) return r.error();
  return {};
}

// The campaign and the actor's standing towards its report; not found when they may not read it.
Result<std::pair<campaigns::Campaign, Subject>> access(store::Conn& c, const web::Actor& actor,
                                                       std::int64_t campaign_id) {
  auto a = campaigns::readable(c, actor, campaign_id);
  if (!a) return a.error();
  auto sent = st::sent(c, campaign_id);
  if (!sent) return sent.error();
  Subject s;
  s.treasurer = a->subject.treasurer;
  s.representative = a->subject.represents_collector;
  s.closed = a->campaign.state == campaigns::State::closed;
  s.sent = sent->has_value();
  if (!can(actor, Action::view, s)) return Error::not_found();
  return std::pair{std::move(a->campaign), s};
}

// Money out of the project's ledger per budget line, in the campaign's currency.
Result<std::vector<LineSpent>> spent(store::Conn& c, std::int64_t project_id,
                                     const std::string& currency) {
  auto totals = ledger::ledger_store::totals(c, project_id);
  if (!totals) return totals.error();
  std::vector<LineSpent> out;
  for (const auto& t : *totals) {
    if (t.bucket == "money_out" && t.currency == currency && t.budget_line_id != 0) {
      out.push_back({t.budget_line_id, t.total_minor});
    }
  }
  return out;
}

Result<Figures> figures_of(store::Conn& c, const campaigns::Campaign& campaign,
                           const std::vector<CostLine>& costs) {
  Inputs in;
  auto pledges = st::pledge_facts(c, campaign.id);
  if (!pledges) return pledges.error();
  in.pledges = std::move(*pledges);
  in.costs = costs;
  auto uses = campaigns::campaign_store::uses(c, campaign.id);
  if (!uses) return uses.error();
  for (const auto& u : *uses) in.uses.push_back({u.label, u.amount_minor, u.budget_line_id});
  auto out = spent(c, campaign.project_id, campaign.in.currency);
  if (!out) return out.error();
  in.spent = std::move(*out);
  return figures(in);
}

Status audit(store::Conn& c, const web::Actor& actor, std::string_view action, std::int64_t id,
             const std::string& detail) {
  return audit::audit_store::record(c, actor.member_id, action, "campaign", id, detail);
}

}  // namespace

Result<Report> readable(store::Db& db, const web::Actor& actor, std::int64_t campaign_id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  store::Conn& c = **lease;
  auto a = access(c, actor, campaign_id);
  if (!a) return a.error();
  Report r;
  r.campaign = std::move(a->first);
  r.subject = a->second;
  r.closing_day =
      (r.campaign.closed_at.empty() ? r.campaign.in.ends_on : r.campaign.closed_at).substr(0, 10);
  r.due_on = due_on(r.closing_day).value_or("");
  auto sent = st::sent(c, campaign_id);
  if (!sent) return sent.error();
  r.sent = std::move(*sent);
  auto costs = st::costs(c, campaign_id);
  if (!costs) return costs.error();
  r.costs = std::move(*costs);
  auto f = figures_of(c, r.campaign, r.costs);
  if (!f) return f.error();
  r.figures = std::move(*f);
  auto reminders = st::reminders_sent(c, campaign_id);
  if (!reminders) return reminders.error();
  r.reminders = std::move(*reminders);
  return r;
}

Result<std::int64_t> add_cost(store::Db& db, const web::Actor& actor, std::int64_t campaign_id,
                              const CostInput& in, core::Seconds now) {
  if (!actor.signed_in()) return Error::unauthenticated();
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto a = access(c, actor, campaign_id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::add_cost, a->second); !d) return d.forbidden();
    auto costs = st::costs(c, campaign_id);
    if (!costs) return costs.error();
    if (costs->size() >= kMaxCosts)
      return Error::conflict("campaign_reports.errors.too_many_costs");
    auto id = st::insert_cost(c, campaign_id, in.label, in.amount_minor, actor.member_id, when);
    if (!id) return id.error();
    if (auto s = audit(c, actor, "campaign_report.cost_added", campaign_id,
                       in.label + " " + std::to_string(in.amount_minor));
        !s) {
      return s.error();
    }
    return *id;
  });
}

Status remove_cost(store::Db& db, const web::Actor& actor, std::int64_t campaign_id,
                   std::int64_t cost_id, core::Seconds) {
  if (!actor.signed_in()) return Error::unauthenticated();
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = access(c, actor, campaign_id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::add_cost, a->second); !d) return d.forbidden();
    auto removed = st::delete_cost(c, campaign_id, cost_id);
    if (!removed) return removed.error();
    if (!*removed) return Error::not_found();
    if (auto s =
            audit(c, actor, "campaign_report.cost_removed", campaign_id, std::to_string(cost_id));
        !s) {
      return s.error();
    }
    return true;
  }));
}

Status mark_sent(store::Db& db, const web::Actor& actor, std::int64_t campaign_id,
                 const SentInput& in, core::Seconds now) {
  if (!actor.signed_in()) return Error::unauthenticated();
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = access(c, actor, campaign_id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::mark_sent, a->second); !d) {
      if (a->second.sent && a->second.treasurer) return Error::conflict(std::string(d.reason));
      return d.forbidden();
    }
    auto marked = st::mark_sent(c, campaign_id, in.sent_on, in.reference, actor.member_id, when);
    if (!marked) return marked.error();
    if (!*marked) return Error::conflict("campaign_reports.errors.already_sent");
    if (auto s =
            audit(c, actor, "campaign_report.sent", campaign_id, in.sent_on + " " + in.reference);
        !s) {
      return s.error();
    }
    return true;
  }));
}

}  // namespace comdev::campaign_reports
