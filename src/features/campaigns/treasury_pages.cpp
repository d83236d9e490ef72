// The treasury of a collecting organisation (/treasury/{org}): for its treasurers, the pledges of
// its campaigns with the donors' names, the buttons that confirm, cancel or refund one, the bank
// statement import with its report, and the statement lines left for a decision; for its
// verified representatives and animators, the list of treasurers and the form that names one.
#include "core/text.h"
#include "features/campaigns/campaign_actions.h"
#include "features/campaigns/campaign_labels.h"
#include "features/campaigns/campaign_module.h"
#include "features/campaigns/campaign_rules.h"
#include "features/campaigns/campaign_store.h"
#include "features/campaigns/campaign_views.h"
#include "features/campaigns/pledge_reference.h"
#include "tpl/campaigns/treasury.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/private_page.h"

namespace comdev::campaigns {
namespace {

namespace st = campaign_store;

constexpr int kPledgesListed = 500;

std::string treasury_url(std::int64_t org) {
  return "/treasury/" + std::to_string(org);
}

struct Shown {
  std::vector<std::string> errors, report;
  std::string email;
  int status = 200;
};

http::Response treasury_page(web::Ctx& ctx, Shown shown = {}) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto org = core::parse_id(ctx.req.param("org"));
  auto treasurer = is_treasurer(ctx.app.db(), ctx.actor, org);
  if (!treasurer) return web::reply_error(ctx, treasurer.error());
  auto may_name = may_name_treasurers(ctx.app.db(), ctx.actor, org);
  if (!may_name) return web::reply_error(ctx, may_name.error());
  if (!*treasurer && !*may_name) {
    return web::reply_error(ctx, can(ctx.actor, Action::treasury, {}).forbidden());
  }
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto name = st::organisation_name(**lease, org);
  if (!name) return web::reply_error(ctx, name.error());
  if (!*name) return web::reply_error(ctx, Error::not_found());
  const auto lang = ctx.lang;
  TreasuryView v;
  v.csrf = *csrf;
  v.organisation = **name;
  v.is_treasurer = *treasurer;
  v.can_name = *may_name;
  v.import_action = treasury_url(org) + "/import";
  v.name_action = treasury_url(org) + "/treasurers";
  v.receipts_url = treasury_url(org) + "/receipts";
  v.email = shown.email;
  if (*treasurer) {
    auto pledges = st::pledges_of_organisation(**lease, org, kPledgesListed);
    if (!pledges) return web::reply_error(ctx, pledges.error());
    for (const auto& p : *pledges) {
      TreasuryPledgeView t;
      t.id = std::to_string(p.id);
      t.reference = display_reference(p.reference);
      t.donor = p.donor_name;
      t.campaign = p.campaign_title;
      t.state = std::string(campaigns::name(p.state));
      t.state_label = pledge_state_label(lang, p.state);
      t.created_on = p.created_at.substr(0, 10);
      t.amount = web::Money{p.amount_minor, p.currency};
      t.anonymous = p.anonymous;
      t.can_confirm = can_move(p.state, PledgeState::confirmed);
      t.can_cancel = can_move(p.state, PledgeState::cancelled);
      t.can_refund = can_move(p.state, PledgeState::refunded);
      auto base = treasury_url(org) + "/pledges/" + t.id;
      t.confirm_action = base + "/confirm";
      t.cancel_action = base + "/cancel";
      t.refund_action = base + "/refund";
      v.pledges.push_back(std::move(t));
    }
    auto lines = st::pending_lines(**lease, org);
    if (!lines) return web::reply_error(ctx, lines.error());
    for (const auto& l : *lines) {
      LineView lv;
      lv.id = std::to_string(l.id);
      lv.line_no = std::to_string(l.line_no);
      lv.booked_on = l.booked_on;
      lv.label = l.label;
      lv.outcome_label = outcome_label(lang, l.outcome);
      lv.reference = l.pledge_reference.empty() ? "" : display_reference(l.pledge_reference);
      // A line names no currency when the statement has no such column: the account's.
      lv.amount = web::Money{l.amount_minor, l.currency.empty() ? "MAD" : l.currency};
      lv.resolve_action = treasury_url(org) + "/lines/" + lv.id + "/resolve";
      lv.ignore_action = treasury_url(org) + "/lines/" + lv.id + "/ignore";
      v.lines.push_back(std::move(lv));
    }
  }
  auto names = st::treasurers(**lease, org);
  if (!names) return web::reply_error(ctx, names.error());
  for (const auto& t : *names) v.treasurers.push_back(t.name);
  std::string_view done = ctx.query.get("done");
  if (done == "confirmed") v.notice = text(lang, "campaigns.notice.confirmed");
  if (done == "cancelled") v.notice = text(lang, "campaigns.notice.pledge_cancelled");
  if (done == "refunded") v.notice = text(lang, "campaigns.notice.refunded");
  if (done == "resolved") v.notice = text(lang, "campaigns.notice.resolved");
  if (done == "ignored") v.notice = text(lang, "campaigns.notice.ignored");
  if (done == "named") v.notice = text(lang, "campaigns.notice.named");
  v.errors = std::move(shown.errors);
  v.report = std::move(shown.report);
  st::release(lease);
  v.layout = web::make_layout(
      ctx, i18n::format(lang, "campaigns.treasury.title", {{"organisation", v.organisation}}),
      "campaigns");
  return web::render_private(ctx, shown.status,
                             [&](web::Out& out) { tpl::campaigns_treasury(out, v); });
}

http::Response treasury_get(web::Ctx& ctx) {
  return treasury_page(ctx);
}

http::Response refused(web::Ctx& ctx, const Error& e, std::string email = {}) {
  if (e.code != ErrorCode::invalid && e.code != ErrorCode::conflict) {
    return web::reply_error(ctx, e);
  }
  Shown s;
  s.errors = messages(ctx.lang, e);
  s.email = std::move(email);
  s.status = e.code == ErrorCode::conflict ? 409 : 422;
  return treasury_page(ctx, std::move(s));
}

http::Response pledge_move(web::Ctx& ctx, PledgeState to, std::string_view done) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto org = core::parse_id(ctx.req.param("org"));
  auto pledge = core::parse_id(ctx.req.param("pledge"));
  if (auto r = treasurer_move(ctx.app.db(), ctx.actor, org, pledge, to, ctx.app.clock().now());
      !r) {
    return refused(ctx, r.error());
  }
  return http::Response::redirect(treasury_url(org) + "?done=" + std::string(done));
}

http::Response import_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto org = core::parse_id(ctx.req.param("org"));
  const http::UploadedFile* file = nullptr;
  for (const auto& f : ctx.files) {
    if (f.field_name == "file") file = &f;
  }
  if (file == nullptr || file->bytes.empty()) {
    // Who may not import hears that first.
    auto t = is_treasurer(ctx.app.db(), ctx.actor, org);
    if (!t) return web::reply_error(ctx, t.error());
    if (!*t) return web::reply_error(ctx, can(ctx.actor, Action::treasury, {}).forbidden());
    return refused(ctx, Error::invalid("campaigns.import.no_file"));
  }
  auto report = import_statement(ctx.app.db(), ctx.actor, org, file->filename, file->bytes,
                                 ctx.app.clock().now());
  if (!report) return refused(ctx, report.error());
  const auto lang = ctx.lang;
  Shown s;
  s.report.push_back(i18n::plural(lang, "campaigns.import.confirmed", report->confirmed));
  s.report.push_back(i18n::plural(lang, "campaigns.import.to_decide", report->to_decide));
  if (report->already_imported > 0) {
    s.report.push_back(
        i18n::plural(lang, "campaigns.import.already_imported", report->already_imported));
  }
  if (report->already_confirmed > 0) {
    s.report.push_back(
        i18n::plural(lang, "campaigns.import.already_confirmed", report->already_confirmed));
  }
  for (auto line : report->unreadable) {
    s.report.push_back(
        i18n::format(lang, "campaigns.import.unreadable", {{"line", std::to_string(line)}}));
  }
  return treasury_page(ctx, std::move(s));
}

http::Response resolve_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto org = core::parse_id(ctx.req.param("org"));
  auto line = core::parse_id(ctx.req.param("line"));
  if (auto r = resolve_line(ctx.app.db(), ctx.actor, org, line, ctx.form.get("reference"),
                            ctx.app.clock().now());
      !r) {
    return refused(ctx, r.error());
  }
  return http::Response::redirect(treasury_url(org) + "?done=resolved");
}

http::Response ignore_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto org = core::parse_id(ctx.req.param("org"));
  auto line = core::parse_id(ctx.req.param("line"));
  if (auto r = ignore_line(ctx.app.db(), ctx.actor, org, line, ctx.app.clock().now()); !r) {
    return refused(ctx, r.error());
  }
  return http::Response::redirect(treasury_url(org) + "?done=ignored");
}

http::Response name_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto org = core::parse_id(ctx.req.param("org"));
  std::string email(core::trim_space(ctx.form.get("email")));
  if (auto r = name_treasurer(ctx.app.db(), ctx.actor, org, email, ctx.app.clock().now()); !r) {
    return refused(ctx, r.error(), email);
  }
  return http::Response::redirect(treasury_url(org) + "?done=named");
}

}  // namespace

void register_treasury_pages(web::App& app) {
  app.get("/treasury/{org:int}", treasury_get);
  app.post("/treasury/{org:int}/pledges/{pledge:int}/confirm",
           [](web::Ctx& ctx) { return pledge_move(ctx, PledgeState::confirmed, "confirmed"); });
  app.post("/treasury/{org:int}/pledges/{pledge:int}/cancel",
           [](web::Ctx& ctx) { return pledge_move(ctx, PledgeState::cancelled, "cancelled"); });
  app.post("/treasury/{org:int}/pledges/{pledge:int}/refund",
           [](web::Ctx& ctx) { return pledge_move(ctx, PledgeState::refunded, "refunded"); });
  app.post("/treasury/{org:int}/import", import_form);
  app.post("/treasury/{org:int}/lines/{line:int}/resolve", resolve_form);
  app.post("/treasury/{org:int}/lines/{line:int}/ignore", ignore_form);
  app.post("/treasury/{org:int}/treasurers", name_form);
}

}  // namespace comdev::campaigns
