// The report's pages: /campaigns/{id}/report (the figures, the costs, the sending to the
// authority and the treasurer's forms), /campaigns/{id}/report.csv (the same figures), and the
// forms that enter or remove a cost and mark the report sent. 404 to anyone who may not read it;
// a refused form comes back with what was typed and every problem named (422, 409 once sent).
#include "core/text.h"
#include "features/campaign_reports/report_actions.h"
#include "features/campaign_reports/report_csv.h"
#include "features/campaign_reports/report_labels.h"
#include "features/campaign_reports/report_module.h"
#include "features/campaign_reports/report_rules.h"
#include "features/campaign_reports/report_views.h"
#include "files/disposition.h"
#include "i18n/message.h"
#include "tpl/campaign_reports/show.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/form_messages.h"
#include "web/private_page.h"

namespace comdev::campaign_reports {
namespace {

std::string report_url(std::int64_t id) {
  return "/campaigns/" + std::to_string(id) + "/report";
}

web::Money money_of(std::int64_t minor, const std::string& currency) {
  return web::Money{minor, currency};
}

SumView sum_view(std::string label, const Sum& s, const std::string& currency) {
  return {std::move(label), s.count, money_of(s.total_minor, currency)};
}

// What the treasurer typed, shown again with the problems.
struct Typed {
  std::string label, amount, sent_on, reference;
};

std::string deadline_text(i18n::Lang lang, const Report& r, const std::string& today) {
  if (r.sent) return {};
  auto left = days_left(today, r.due_on);
  if (!left) return {};
  if (*left < 0) {
    return i18n::format(lang, "campaign_reports.deadline.late",
                        {i18n::Param{"due", day_text(lang, r.due_on)}});
  }
  return i18n::plural(lang, "campaign_reports.deadline.days_left", *left,
                      {{"due", day_text(lang, r.due_on)}});
}

void fill(ReportView& v, i18n::Lang lang, const Report& r, const std::string& today) {
  const auto& c = r.campaign;
  const auto& f = r.figures;
  const auto& cur = c.in.currency;
  v.title = c.in.title;
  v.campaign_url = "/campaigns/" + std::to_string(c.id);
  v.organisation = c.organisation_name;
  v.project_title = c.project_title;
  v.authorisation_ref = c.in.authorisation_ref;
  v.authorisation_on = c.in.authorisation_on.empty() ? "" : day_text(lang, c.in.authorisation_on);
  v.starts_on = day_text(lang, c.in.starts_on);
  v.ends_on = day_text(lang, c.in.ends_on);
  v.closing_day = day_text(lang, r.closing_day);
  v.due_on = day_text(lang, r.due_on);
  v.late = late(today, r.due_on, r.sent.has_value());
  v.deadline_text = deadline_text(lang, r, today);
  v.sent = r.sent.has_value();
  if (r.sent) {
    v.sent_on = day_text(lang, r.sent->sent_on);
    v.sent_ref = r.sent->reference;
    v.sent_by = r.sent->by_name;
  }
  v.collected = sum_view(text(lang, "campaign_reports.amounts.collected"), f.collected, cur);
  v.means = {sum_view(text(lang, "campaign_reports.means.statement"), f.by_statement, cur),
             sum_view(text(lang, "campaign_reports.means.by_hand"), f.by_hand, cur),
             sum_view(text(lang, "campaign_reports.means.online"), f.online, cur)};
  v.refunds = sum_view(text(lang, "campaign_reports.amounts.refunds"), f.refunds, cur);
  for (const auto& cost : r.costs) {
    v.costs.push_back({cost.label,
                       report_url(c.id) + "/costs/" + std::to_string(cost.id) + "/remove",
                       money_of(cost.amount_minor, cur)});
  }
  v.costs_total = money_of(f.costs_minor, cur);
  v.net = money_of(f.net_minor, cur);
  for (const auto& u : f.uses) {
    v.uses.push_back({u.label, money_of(u.planned_minor, cur),
                      money_of(u.spent_minor.value_or(0), cur), u.spent_minor.has_value()});
  }
  v.planned_total = money_of(f.planned_minor, cur);
  v.spent_total = money_of(f.spent_minor, cur);
  v.csv_url = report_url(c.id) + ".csv";
  v.cost_action = report_url(c.id) + "/costs";
  v.sent_action = report_url(c.id) + "/sent";
}

http::Response show_page(web::Ctx& ctx, const Typed& typed = {},
                         std::vector<std::string> errors = {}, int status = 200) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  auto r = readable(ctx.app.db(), ctx.actor, id);
  if (!r) return web::reply_error(ctx, r.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  auto lang = ctx.lang;
  auto today = core::iso(ctx.app.clock().now()).substr(0, 10);
  ReportView v;
  v.csrf = *csrf;
  fill(v, lang, *r, today);
  v.can_add_cost = can(ctx.actor, Action::add_cost, r->subject).allowed;
  v.can_mark_sent = can(ctx.actor, Action::mark_sent, r->subject).allowed;
  v.label = typed.label;
  v.amount = typed.amount;
  v.sent_on_typed = typed.sent_on.empty() ? today : typed.sent_on;
  v.reference = typed.reference;
  std::string_view done = ctx.query.get("done");
  if (done == "cost") v.notice = text(lang, "campaign_reports.notice.cost_added");
  if (done == "removed") v.notice = text(lang, "campaign_reports.notice.cost_removed");
  if (done == "sent") v.notice = text(lang, "campaign_reports.notice.sent");
  v.errors = std::move(errors);
  v.layout = web::make_layout(
      ctx,
      i18n::format(lang, "campaign_reports.title", {i18n::Param{"campaign", r->campaign.in.title}}),
      "campaigns");
  return web::render_private(ctx, status,
                             [&](web::Out& out) { tpl::campaign_reports_show(out, v); });
}

http::Response show_get(web::Ctx& ctx) {
  return show_page(ctx);
}

http::Response refused(web::Ctx& ctx, const Error& e, const Typed& typed) {
  if (e.code != ErrorCode::invalid && e.code != ErrorCode::conflict) {
    return web::reply_error(ctx, e);
  }
  return show_page(ctx, typed, web::form_messages(ctx.lang, e),
                   e.code == ErrorCode::conflict ? 409 : 422);
}

http::Response csv_get(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  auto r = readable(ctx.app.db(), ctx.actor, id);
  if (!r) return web::reply_error(ctx, r.error());
  http::Response res;
  res.status = 200;
  res.body = report_csv(*r, ctx.lang);
  res.header("Content-Type", "text/csv; charset=utf-8");
  res.header("Content-Disposition",
             files::content_disposition("rapport-campagne-" + std::to_string(id) + ".csv"));
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response cost_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  Typed typed{std::string(ctx.form.get("label")), std::string(ctx.form.get("amount")), {}, {}};
  auto in = parse_cost(typed.label, typed.amount);
  if (!in) {
    // Who may not enter costs hears that rather than what was wrong with the form.
    auto r = readable(ctx.app.db(), ctx.actor, id);
    if (!r) return web::reply_error(ctx, r.error());
    if (auto d = can(ctx.actor, Action::add_cost, r->subject); !d) {
      return web::reply_error(ctx, d.forbidden());
    }
    return refused(ctx, in.error(), typed);
  }
  if (auto r = add_cost(ctx.app.db(), ctx.actor, id, *in, ctx.app.clock().now()); !r) {
    return refused(ctx, r.error(), typed);
  }
  return http::Response::redirect(report_url(id) + "?done=cost");
}

http::Response remove_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  auto cost = core::parse_id(ctx.req.param("cost"));
  if (auto r = remove_cost(ctx.app.db(), ctx.actor, id, cost, ctx.app.clock().now()); !r) {
    return refused(ctx, r.error(), {});
  }
  return http::Response::redirect(report_url(id) + "?done=removed");
}

http::Response sent_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  auto now = ctx.app.clock().now();
  Typed typed{{}, {}, std::string(ctx.form.get("sent_on")), std::string(ctx.form.get("reference"))};
  auto in = parse_sent(typed.sent_on, typed.reference, core::iso(now).substr(0, 10));
  if (!in) {
    auto r = readable(ctx.app.db(), ctx.actor, id);
    if (!r) return web::reply_error(ctx, r.error());
    if (auto d = can(ctx.actor, Action::mark_sent, r->subject); !d && !r->subject.sent) {
      return web::reply_error(ctx, d.forbidden());
    }
    return refused(ctx, in.error(), typed);
  }
  if (auto r = mark_sent(ctx.app.db(), ctx.actor, id, *in, now); !r) {
    return refused(ctx, r.error(), typed);
  }
  return http::Response::redirect(report_url(id) + "?done=sent");
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/campaigns/{id:int}/report", show_get);
  app.get("/campaigns/{id:int}/report.csv", csv_get);
  app.post("/campaigns/{id:int}/report/costs", cost_form);
  app.post("/campaigns/{id:int}/report/costs/{cost:int}/remove", remove_form);
  app.post("/campaigns/{id:int}/report/sent", sent_form);
}

}  // namespace comdev::campaign_reports
