// The campaigns pages: the list with the animators' review queue (/campaigns); a campaign's page
// (/campaigns/{id}) with its progress, fund uses, donors, updates, the pledge form and the
// carrier's and reviewers' forms; the campaign form (/projects/{id}/campaigns/new and
// /campaigns/{id}/edit); a pledge (/pledges/{id}) with the reference to put on the transfer; the
// donor's pledges (/me/pledges). A refused form comes back with what was typed and every problem
// named (422), a refused pledge with the reason (409).
#include "core/text.h"
#include "features/campaigns/campaign_actions.h"
#include "features/campaigns/campaign_forms.h"
#include "features/campaigns/campaign_labels.h"
#include "features/campaigns/campaign_module.h"
#include "features/campaigns/campaign_rules.h"
#include "features/campaigns/campaign_store.h"
#include "features/campaigns/campaign_views.h"
#include "features/campaigns/pledge_reference.h"
#include "features/ledger/ledger_store.h"
#include "money/money.h"
#include "tpl/campaigns/form.h"
#include "tpl/campaigns/list.h"
#include "tpl/campaigns/mine.h"
#include "tpl/campaigns/pledge.h"
#include "tpl/campaigns/show.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/markdown.h"
#include "web/private_page.h"
#include "web/session.h"

namespace comdev::campaigns {
namespace {

namespace st = campaign_store;

// Empty fund-use rows offered in the form beyond those already typed.
constexpr std::size_t kEmptyUseRows = 3;
constexpr int kListed = 200;
constexpr int kDonorsShown = 50;

std::string campaign_url(std::int64_t id) {
  return "/campaigns/" + std::to_string(id);
}

web::Money money_of(std::int64_t minor, const std::string& currency) {
  return web::Money{minor, currency};
}

Status load_actor(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return s.error();
  return {};
}

CardView card(i18n::Lang lang, const Campaign& c) {
  CardView v;
  v.url = campaign_url(c.id);
  v.title = c.in.title;
  v.project = c.project_title;
  v.organisation = c.organisation_name;
  v.state = std::string(name(c.state));
  v.state_label = state_label(lang, c.state);
  v.ends_on = c.in.ends_on;
  v.goal = money_of(c.in.goal_minor, c.in.currency);
  v.confirmed = money_of(c.confirmed_minor, c.in.currency);
  v.pledged = money_of(c.pledged_minor, c.in.currency);
  v.percent = progress_percent(c.confirmed_minor, c.in.goal_minor);
  v.demo = c.demo;
  return v;
}

// ---- the list ----

http::Response list_page(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto all = st::list_public(**lease, kListed);
  if (!all) return web::reply_error(ctx, all.error());
  ListView v;
  for (const auto& c : *all) v.items.push_back(card(ctx.lang, c));
  if (ctx.actor.is_animator || ctx.actor.is_admin) {
    auto queue = st::in_state(**lease, State::submitted, kListed);
    if (!queue) return web::reply_error(ctx, queue.error());
    for (const auto& c : *queue) v.queue.push_back(card(ctx.lang, c));
  }
  if (ctx.actor.signed_in()) {
    auto mine = st::treasuries_of(**lease, ctx.actor.member_id);
    if (!mine) return web::reply_error(ctx, mine.error());
    for (const auto& o : *mine) {
      v.treasuries.push_back({"/treasury/" + std::to_string(o.id), o.name, false});
    }
  }
  st::release(lease);
  v.layout = web::make_layout(ctx, text(ctx.lang, "campaigns.title"), "campaigns");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::campaigns_list(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

// ---- a campaign ----

struct Typed {
  std::string note, update_title, update_body, amount;
  bool anonymous = false;
};

http::Response show_page(web::Ctx& ctx, const Typed& typed = {},
                         std::vector<std::string> errors = {}, int status = 200) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  const Campaign& c = a->campaign;
  const auto lang = ctx.lang;
  const auto now = ctx.app.clock().now();
  ShowView v;
  v.csrf = *csrf;
  v.id = std::to_string(c.id);
  v.title = c.in.title;
  v.description_html = web::markdown_to_html(c.in.description_md);
  v.project_title = c.project_title;
  v.project_url = "/projects/" + std::to_string(c.project_id);
  v.organisation = c.organisation_name;
  v.state = std::string(name(c.state));
  v.state_label = state_label(lang, c.state);
  v.audience_label = audience_label(lang, c.in.audience);
  v.starts_on = c.in.starts_on;
  v.ends_on = c.in.ends_on;
  if (!c.in.authorisation_ref.empty()) {
    v.authorisation_text =
        i18n::format(lang, "campaigns.authorisation",
                     {{"ref", c.in.authorisation_ref}, {"date", c.in.authorisation_on}});
  }
  if (c.state == State::draft && a->subject.carrier) v.review_note = c.review_note;
  v.demo = c.demo;
  v.closed = c.state == State::closed;
  v.published = c.state == State::published;
  v.goal = money_of(c.in.goal_minor, c.in.currency);
  v.confirmed = money_of(c.confirmed_minor, c.in.currency);
  v.pledged = money_of(c.pledged_minor, c.in.currency);
  v.percent = progress_percent(c.confirmed_minor, c.in.goal_minor);
  if (c.donors > 0) v.donors_text = i18n::plural(lang, "campaigns.progress.donors", c.donors);
  if (c.pledged_minor > 0) {
    v.pledged_text =
        i18n::format(lang, "campaigns.progress.pledged",
                     {{"pledged", i18n::format_money(lang, c.pledged_minor, c.in.currency)}});
  }
  {
    auto lease = ctx.app.db().acquire();
    if (!lease) return web::reply_error(ctx, lease.error());
    auto uses = st::uses(**lease, c.id);
    if (!uses) return web::reply_error(ctx, uses.error());
    for (const auto& u : *uses)
      v.uses.push_back({u.label, money_of(u.amount_minor, c.in.currency)});
    auto updates = st::updates(**lease, c.id);
    if (!updates) return web::reply_error(ctx, updates.error());
    for (const auto& u : *updates) {
      v.updates.push_back(
          {u.title, u.created_at.substr(0, 10), u.author_name, web::markdown_to_html(u.body_md)});
    }
    auto donors = st::public_donors(**lease, c.id, kDonorsShown);
    if (!donors) return web::reply_error(ctx, donors.error());
    for (const auto& d : *donors) {
      v.donors.push_back({d.name, money_of(d.amount_minor, c.in.currency)});
    }
    if (ctx.actor.signed_in()) {
      auto mine = st::pledges_of_member(**lease, ctx.actor.member_id);
      if (!mine) return web::reply_error(ctx, mine.error());
      for (const auto& p : *mine) {
        if (p.campaign_id != c.id) continue;
        v.mine.push_back({"/pledges/" + std::to_string(p.id), display_reference(p.reference),
                          pledge_state_label(lang, p.state), p.campaign_title,
                          money_of(p.amount_minor, p.currency)});
      }
    }
  }
  const Subject& s = a->subject;
  v.signed_in = ctx.actor.signed_in();
  v.can_see_bank = can(ctx.actor, Action::see_bank_details, s).allowed;
  if (v.can_see_bank) v.bank_details = c.in.bank_details;
  if (can(ctx.actor, Action::pledge, s)) {
    auto why = pledge_refusal(c.state, c.in, day_of(now));
    v.can_pledge = why.empty();
    if (!why.empty()) v.pledge_refusal = text(lang, why);
  } else if (v.published) {
    v.pledge_refusal = text(lang, "campaigns.give.sign_in_to_pledge");
  }
  v.pledge_action = campaign_url(c.id) + "/pledges";
  v.idempotency_key = web::random_token(16);
  v.currency = c.in.currency;
  v.amount = typed.amount;
  v.anonymous = typed.anonymous;
  v.can_edit = can(ctx.actor, Action::edit, s).allowed;
  v.can_submit = can(ctx.actor, Action::submit, s).allowed;
  v.can_review = can(ctx.actor, Action::publish, s).allowed;
  v.can_close = can(ctx.actor, Action::close, s).allowed;
  v.can_post_update = can(ctx.actor, Action::post_update, s).allowed;
  v.is_treasurer = s.treasurer;
  v.edit_url = campaign_url(c.id) + "/edit";
  v.submit_action = campaign_url(c.id) + "/submit";
  v.publish_action = campaign_url(c.id) + "/publish";
  v.send_back_action = campaign_url(c.id) + "/send-back";
  v.close_action = campaign_url(c.id) + "/close";
  v.update_action = campaign_url(c.id) + "/updates";
  v.treasury_url = "/treasury/" + std::to_string(c.in.organisation_id);
  // Who reads the report (campaign_reports/report_permissions.h): the collecting organisation's
  // treasurers and representatives and the animators; its page answers 404 to anyone else.
  if (v.closed &&
      (s.treasurer || s.represents_collector || ctx.actor.is_animator || ctx.actor.is_admin)) {
    v.report_url = campaign_url(c.id) + "/report";
  }
  v.note = typed.note;
  v.update_title = typed.update_title;
  v.update_body = typed.update_body;
  std::string_view done = ctx.query.get("done");
  if (done == "saved") v.notice = text(lang, "campaigns.notice.saved");
  if (done == "submitted") v.notice = text(lang, "campaigns.notice.submitted");
  if (done == "published") v.notice = text(lang, "campaigns.notice.published");
  if (done == "sent_back") v.notice = text(lang, "campaigns.notice.sent_back");
  if (done == "closed") v.notice = text(lang, "campaigns.notice.closed");
  if (done == "update") v.notice = text(lang, "campaigns.notice.update");
  v.errors = std::move(errors);
  v.layout = web::make_layout(ctx, c.in.title, "campaigns");
  auto res = web::render(lang, status, [&](web::Out& out) { tpl::campaigns_show(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response show_get(web::Ctx& ctx) {
  return show_page(ctx);
}

// After a refused form on the campaign's page: the page again with the problems, or the plain
// error page when the actor may not do it at all.
http::Response refused(web::Ctx& ctx, const Error& e, const Typed& typed = {}) {
  if (e.code != ErrorCode::invalid && e.code != ErrorCode::conflict) {
    return web::reply_error(ctx, e);
  }
  return show_page(ctx, typed, messages(ctx.lang, e), e.code == ErrorCode::conflict ? 409 : 422);
}

using Move = Status (*)(store::Db&, const web::Actor&, std::int64_t, core::Seconds);

http::Response move_form(web::Ctx& ctx, Move move, std::string_view done) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  if (auto r = move(ctx.app.db(), ctx.actor, id, ctx.app.clock().now()); !r) {
    return refused(ctx, r.error());
  }
  return http::Response::redirect(campaign_url(id) + "?done=" + std::string(done));
}

http::Response send_back_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  Typed typed;
  typed.note = std::string(ctx.form.get("note"));
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  if (auto d = can(ctx.actor, Action::send_back, a->subject); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto note = parse_note(ctx.form.get("note"));
  Status r = note ? send_back(ctx.app.db(), ctx.actor, id, *note, ctx.app.clock().now())
                  : Status(note.error());
  if (!r) return refused(ctx, r.error(), typed);
  return http::Response::redirect(campaign_url(id) + "?done=sent_back");
}

http::Response update_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  Typed typed;
  typed.update_title = std::string(ctx.form.get("title"));
  typed.update_body = std::string(ctx.form.get("body"));
  auto in = parse_update(ctx.form.get("title"), ctx.form.get("body"));
  if (!in) {
    // Only who may post sees what they typed again.
    auto a = readable(ctx.app.db(), ctx.actor, id);
    if (!a) return web::reply_error(ctx, a.error());
    if (auto d = can(ctx.actor, Action::post_update, a->subject); !d) {
      return web::reply_error(ctx, d.forbidden());
    }
    return refused(ctx, in.error(), typed);
  }
  auto r = post_update(ctx.app.db(), ctx.actor, id, *in, ctx.app.clock().now());
  if (!r) return refused(ctx, r.error(), typed);
  return http::Response::redirect(campaign_url(id) + "?done=update");
}

http::Response pledge_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  Typed typed;
  typed.amount = std::string(ctx.form.get("amount"));
  typed.anonymous = ctx.form.get("anonymous") == "1";
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  auto key = parse_idempotency_key(ctx.form.get("idempotency_key"));
  if (!key) return refused(ctx, key.error(), typed);
  auto in = parse_pledge(ctx.form.get("amount"), "", typed.anonymous, a->campaign.in.currency);
  if (!in) return refused(ctx, in.error(), typed);
  auto made = pledge(ctx.app.db(), ctx.actor, id, *in, *key, ctx.app.clock().now());
  if (!made) return refused(ctx, made.error(), typed);
  return http::Response::redirect("/pledges/" + std::to_string(made->pledge.id) +
                                  "?done=" + (made->created ? "made" : "again"));
}

// ---- the campaign form ----

Result<std::vector<OptionView>> collector_options(web::Ctx& ctx, std::int64_t selected) {
  auto lease = ctx.app.db().acquire();
  if (!lease) return lease.error();
  auto all = st::collectors(**lease);
  if (!all) return all.error();
  std::vector<OptionView> out;
  for (const auto& o : *all) out.push_back({std::to_string(o.id), o.name, o.id == selected});
  return out;
}

struct FormPage {
  std::int64_t project_id = 0;
  std::string project_title, action, cancel_url, heading, review_note;
};

http::Response render_form(web::Ctx& ctx, const FormPage& f, const CampaignInput& in,
                           const std::vector<TypedUse>& typed_uses, const std::string& typed_goal,
                           std::vector<std::string> errors, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  const auto lang = ctx.lang;
  FormView v;
  v.csrf = *csrf;
  v.action = f.action;
  v.heading = f.heading;
  v.cancel_url = f.cancel_url;
  v.project_title = f.project_title;
  v.review_note = f.review_note;
  v.errors = std::move(errors);
  v.title = in.title;
  v.description = in.description_md;
  v.goal = typed_goal;
  v.starts_on = in.starts_on;
  v.ends_on = in.ends_on;
  v.authorisation_ref = in.authorisation_ref;
  v.authorisation_on = in.authorisation_on;
  v.bank_details = in.bank_details;
  for (auto code : money::kCurrencies) {
    v.currencies.push_back({std::string(code), std::string(code), in.currency == code});
  }
  auto orgs = collector_options(ctx, in.organisation_id);
  if (!orgs) return web::reply_error(ctx, orgs.error());
  v.organisations = std::move(*orgs);
  v.no_collector = v.organisations.empty();
  for (auto a : kAudiences) {
    v.audiences.push_back({std::string(name(a)), audience_label(lang, a), in.audience == a});
  }
  // One row per line of the project's budget (what the ledger will count against), then the
  // uses named by the carrier and empty rows.
  std::vector<ledger::BudgetLine> lines;
  {
    auto lease = ctx.app.db().acquire();
    if (!lease) return web::reply_error(ctx, lease.error());
    auto read = ledger::ledger_store::budget_lines(**lease, f.project_id);
    if (!read) return web::reply_error(ctx, read.error());
    lines = std::move(*read);
  }
  for (const auto& l : lines) {
    TypedUse row;
    row.line = std::to_string(l.id);
    row.label = l.label;
    row.planned = web::Money{l.planned_minor, l.currency};
    for (const auto& t : typed_uses) {
      if (t.line == row.line) row.amount = t.amount;
    }
    v.uses.push_back(std::move(row));
  }
  v.has_budget = !lines.empty();
  for (const auto& t : typed_uses) {
    if (t.line.empty()) v.uses.push_back(t);
  }
  for (std::size_t i = 0; i < kEmptyUseRows; ++i) v.uses.push_back({});
  v.layout = web::make_layout(ctx, f.heading, "campaigns");
  return web::render_private(ctx, status, [&](web::Out& out) { tpl::campaigns_form(out, v); });
}

std::vector<TypedUse> typed_uses(const http::Form& form) {
  std::vector<TypedUse> out;
  auto lines = form.all("use_line");
  auto labels = form.all("use_label");
  auto amounts = form.all("use_amount");
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    TypedUse u;
    if (i < lines.size()) u.line = std::string(lines[i]);
    if (i < labels.size()) u.label = std::string(labels[i]);
    u.amount = std::string(amounts[i]);
    if (!u.line.empty() || !core::trim_space(u.label).empty() ||
        !core::trim_space(u.amount).empty()) {
      out.push_back(std::move(u));
    }
  }
  return out;
}

Result<FormPage> new_form_page(web::Ctx& ctx) {
  auto project_id = core::parse_id(ctx.req.param("id"));
  auto s = project_subject(ctx.app.db(), ctx.actor, project_id);
  if (!s) return s.error();
  if (auto d = can(ctx.actor, Action::create, *s); !d) return d.forbidden();
  auto lease = ctx.app.db().acquire();
  if (!lease) return lease.error();
  auto p = st::project_carrier(**lease, project_id);
  if (!p) return p.error();
  if (!*p) return Error::not_found();
  FormPage f;
  f.project_id = project_id;
  f.project_title = (*p)->name;
  f.action = "/projects/" + std::to_string(project_id) + "/campaigns";
  f.cancel_url = "/projects/" + std::to_string(project_id);
  f.heading = text(ctx.lang, "campaigns.new.title");
  return f;
}

http::Response new_get(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto f = new_form_page(ctx);
  if (!f) return web::reply_error(ctx, f.error());
  CampaignInput in;
  auto today = day_of(ctx.app.clock().now());
  in.starts_on = today;
  return render_form(ctx, *f, in, {}, "", {}, 200);
}

http::Response new_post(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto f = new_form_page(ctx);
  if (!f) return web::reply_error(ctx, f.error());
  CampaignInput typed;
  auto in = parse_campaign(ctx.form, &typed);
  auto id = in ? create(ctx.app.db(), ctx.actor, f->project_id, *in, ctx.app.clock().now())
               : Result<std::int64_t>(in.error());
  if (!id) {
    if (id.error().code != ErrorCode::invalid) return web::reply_error(ctx, id.error());
    return render_form(ctx, *f, typed, typed_uses(ctx.form), std::string(ctx.form.get("goal")),
                       messages(ctx.lang, id.error()), 422);
  }
  return http::Response::redirect(campaign_url(*id) + "?done=saved");
}

Result<std::pair<FormPage, Access>> edit_form_page(web::Ctx& ctx) {
  auto id = core::parse_id(ctx.req.param("id"));
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return a.error();
  if (auto d = can(ctx.actor, Action::edit, a->subject); !d) return d.forbidden();
  FormPage f;
  f.project_id = a->campaign.project_id;
  f.project_title = a->campaign.project_title;
  f.action = campaign_url(id) + "/edit";
  f.cancel_url = campaign_url(id);
  f.heading = text(ctx.lang, "campaigns.edit.title");
  f.review_note = a->campaign.review_note;
  return std::pair<FormPage, Access>{std::move(f), std::move(*a)};
}

http::Response edit_get(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto fa = edit_form_page(ctx);
  if (!fa) return web::reply_error(ctx, fa.error());
  auto& [f, a] = *fa;
  const Campaign& c = a.campaign;
  std::vector<TypedUse> uses;
  {
    auto lease = ctx.app.db().acquire();
    if (!lease) return web::reply_error(ctx, lease.error());
    auto read = st::uses(**lease, c.id);
    if (!read) return web::reply_error(ctx, read.error());
    for (const auto& u : *read) {
      uses.push_back({u.budget_line_id ? std::to_string(u.budget_line_id) : std::string(),
                      u.label,
                      money::to_decimal(u.amount_minor),
                      {}});
    }
  }
  return render_form(ctx, f, c.in, uses, money::to_decimal(c.in.goal_minor), {}, 200);
}

http::Response edit_post(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto fa = edit_form_page(ctx);
  if (!fa) return web::reply_error(ctx, fa.error());
  auto& [f, a] = *fa;
  CampaignInput typed;
  auto in = parse_campaign(ctx.form, &typed);
  Status r = in ? edit(ctx.app.db(), ctx.actor, a.campaign.id, *in, ctx.app.clock().now())
                : Status(in.error());
  if (!r) {
    if (r.error().code != ErrorCode::invalid) return web::reply_error(ctx, r.error());
    return render_form(ctx, f, typed, typed_uses(ctx.form), std::string(ctx.form.get("goal")),
                       messages(ctx.lang, r.error()), 422);
  }
  return http::Response::redirect(campaign_url(a.campaign.id) + "?done=saved");
}

// ---- pledges ----

std::vector<PledgeOffer>& pledge_offers() {
  static std::vector<PledgeOffer> offers;
  return offers;
}

http::Response pledge_page(web::Ctx& ctx, std::vector<std::string> errors = {}, int status = 200) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  auto p = readable_pledge(ctx.app.db(), ctx.actor, id);
  if (!p) return web::reply_error(ctx, p.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto c = st::find(**lease, p->campaign_id);
  if (!c) return web::reply_error(ctx, c.error());
  if (!*c) return web::reply_error(ctx, Error::not_found());
  const auto lang = ctx.lang;
  PledgeView v;
  v.csrf = *csrf;
  v.reference = display_reference(p->reference);
  v.campaign_title = p->campaign_title;
  v.campaign_url = campaign_url(p->campaign_id);
  v.state = std::string(name(p->state));
  v.state_label = pledge_state_label(lang, p->state);
  v.created_on = p->created_at.substr(0, 10);
  v.organisation = (*c)->organisation_name;
  v.bank_details = (*c)->in.bank_details;
  v.amount = money_of(p->amount_minor, p->currency);
  v.anonymous = p->anonymous;
  v.pending = p->state == PledgeState::pledged;
  v.can_cancel = p->member_id == ctx.actor.member_id && can_move(p->state, PledgeState::cancelled);
  v.cancel_action = "/pledges/" + std::to_string(id) + "/cancel";
  if (p->state == PledgeState::confirmed || p->state == PledgeState::refunded) {
    v.receipt_url = "/pledges/" + std::to_string(id) + "/receipt";
  }
  if (v.pending && p->member_id == ctx.actor.member_id) {
    for (const auto& offer : pledge_offers()) {
      if (auto action = offer(ctx, *p); !action.empty()) v.pay_online_action = std::move(action);
    }
  }
  std::string_view done = ctx.query.get("done");
  // Said only of what is so: a crafted "?done=paid" on a pending pledge shows nothing.
  if (done == "paid" && p->state == PledgeState::confirmed) {
    v.notice = text(lang, "payments.notice.paid");
  }
  if (done == "paying") v.notice = text(lang, "payments.notice.pending");
  if (done == "made") v.notice = text(lang, "campaigns.notice.pledged");
  if (done == "again") v.notice = text(lang, "campaigns.notice.pledged_again");
  if (done == "cancelled") v.notice = text(lang, "campaigns.notice.pledge_cancelled");
  v.errors = std::move(errors);
  st::release(lease);
  v.layout = web::make_layout(ctx, text(lang, "campaigns.pledge.title"), "campaigns");
  return web::render_private(ctx, status, [&](web::Out& out) { tpl::campaigns_pledge(out, v); });
}

http::Response pledge_get(web::Ctx& ctx) {
  return pledge_page(ctx);
}

http::Response cancel_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  if (auto r = cancel_own(ctx.app.db(), ctx.actor, id, ctx.app.clock().now()); !r) {
    if (r.error().code != ErrorCode::conflict) return web::reply_error(ctx, r.error());
    return pledge_page(ctx, messages(ctx.lang, r.error()), 409);
  }
  return http::Response::redirect("/pledges/" + std::to_string(id) + "?done=cancelled");
}

http::Response mine_page(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto mine = st::pledges_of_member(**lease, ctx.actor.member_id);
  if (!mine) return web::reply_error(ctx, mine.error());
  MineView v;
  for (const auto& p : *mine) {
    v.items.push_back({"/pledges/" + std::to_string(p.id), display_reference(p.reference),
                       pledge_state_label(ctx.lang, p.state), p.campaign_title,
                       money_of(p.amount_minor, p.currency)});
  }
  st::release(lease);
  v.layout = web::make_layout(ctx, text(ctx.lang, "campaigns.mine.title"), "campaigns");
  return web::render_private(ctx, 200, [&](web::Out& out) { tpl::campaigns_mine(out, v); });
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/campaigns", list_page);
  app.get("/campaigns/{id:int}", show_get);
  app.get("/projects/{id:int}/campaigns/new", new_get);
  app.post("/projects/{id:int}/campaigns", new_post);
  app.get("/campaigns/{id:int}/edit", edit_get);
  app.post("/campaigns/{id:int}/edit", edit_post);
  app.post("/campaigns/{id:int}/submit",
           [](web::Ctx& ctx) { return move_form(ctx, submit, "submitted"); });
  app.post("/campaigns/{id:int}/publish",
           [](web::Ctx& ctx) { return move_form(ctx, publish, "published"); });
  app.post("/campaigns/{id:int}/close",
           [](web::Ctx& ctx) { return move_form(ctx, close, "closed"); });
  app.post("/campaigns/{id:int}/send-back", send_back_form);
  app.post("/campaigns/{id:int}/updates", update_form);
  app.post("/campaigns/{id:int}/pledges", pledge_form);
  app.get("/pledges/{id:int}", pledge_get);
  app.post("/pledges/{id:int}/cancel", cancel_form);
  app.get("/me/pledges", mine_page);
}

void offer_on_pledge_page(PledgeOffer offer) {
  pledge_offers().push_back(std::move(offer));
}

}  // namespace comdev::campaigns
