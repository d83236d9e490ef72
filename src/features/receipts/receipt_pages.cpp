// The receipts' pages:
//   GET  /receipts/{id}                the receipt, to its donor and the organisation's treasurers
//   GET  /receipts/{id}/receipt.pdf    its PDF
//   POST /receipts/{id}/address        the donor adds their postal address
//   GET  /pledges/{id}/receipt         → the pledge's receipt (the pledge page's link)
//   GET  /treasury/{org}/receipts      the register (treasurers), the organisation's receipt
//                                      details (treasurers, representatives), the tax receipt
//                                      eligibility (animators)
//   GET  /treasury/{org}/receipts.csv  the register of a year for the accountant
//   POST /treasury/{org}/receipts/settings, /treasury/{org}/receipts/eligibility
#include <chrono>

#include "core/text.h"
#include "features/receipts/receipt_actions.h"
#include "features/receipts/receipt_labels.h"
#include "features/receipts/receipt_module.h"
#include "features/receipts/receipt_pdf.h"
#include "features/receipts/receipt_rules.h"
#include "features/receipts/receipt_views.h"
#include "files/disposition.h"
#include "i18n/catalogue.h"
#include "i18n/format.h"
#include "tpl/receipts/register.h"
#include "tpl/receipts/show.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/form_messages.h"
#include "web/private_page.h"

namespace comdev::receipts {
namespace {

std::string receipt_url(std::int64_t id) {
  return "/receipts/" + std::to_string(id);
}

std::string register_url(std::int64_t org) {
  return "/treasury/" + std::to_string(org) + "/receipts";
}

http::Response show_page(web::Ctx& ctx, std::vector<std::string> errors = {}, int status = 200) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  auto access = readable(ctx.app.db(), ctx.actor, id);
  if (!access) return web::reply_error(ctx, access.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  const auto lang = ctx.lang;
  const Receipt& r = access->receipt;
  ShowView v;
  v.csrf = *csrf;
  // Isolated left to right: in Arabic text, "2026-000042" would otherwise read "000042-2026".
  v.number = "\u2066" + display_number(r.year, r.number) + "\u2069";
  v.organisation = r.organisation_name;
  v.campaign = r.campaign_title;
  v.pledge_url = "/pledges/" + std::to_string(r.pledge_id);
  v.donor = r.donor_name;
  v.donor_address = r.donor_address;
  v.donated_on = long_day(lang, r.donated_on);
  v.means_label = i18n::text(lang, means_key(r.means));
  v.mention = i18n::text(lang, status_mention_key(r));
  v.cancelled = r.cancelled();
  v.cancelled_on = long_day(lang, r.cancelled_at);
  v.tax_receipt = r.tax_receipt();
  v.demo = r.demo;
  v.amount = web::Money{r.amount_minor, r.currency};
  v.pdf_url = receipt_url(id) + "/receipt.pdf";
  v.address_action = receipt_url(id) + "/address";
  v.can_set_address = can(ctx.actor, Action::set_address, access->subject).allowed;
  if (ctx.query.get("done") == "address") v.notice = i18n::text(lang, "receipts.notice.address");
  v.errors = std::move(errors);
  v.layout = web::make_layout(
      ctx, i18n::format(lang, "receipts.show.title", {{"number", v.number}}), "campaigns");
  return web::render_private(ctx, status, [&](web::Out& out) { tpl::receipts_show(out, v); });
}

http::Response show_get(web::Ctx& ctx) {
  return show_page(ctx);
}

http::Response pdf_get(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto access = readable(ctx.app.db(), ctx.actor, core::parse_id(ctx.req.param("id")));
  if (!access) return web::reply_error(ctx, access.error());
  const Receipt& r = access->receipt;
  auto pdf = render_pdf(r, ctx.lang);
  if (!pdf) return web::reply_error(ctx, pdf.error());
  http::Response res;
  res.status = 200;
  res.body = std::move(*pdf);
  res.header("Content-Type", "application/pdf");
  res.header("Content-Disposition",
             files::content_disposition("recu-" + display_number(r.year, r.number) + ".pdf"));
  // A receipt names its donor: no shared cache keeps it.
  res.header("Cache-Control", "private, no-store");
  return res;
}

http::Response address_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  if (auto r = set_address(ctx.app.db(), ctx.actor, id, ctx.form.get("address")); !r) {
    const Error& e = r.error();
    if (e.code != ErrorCode::invalid && e.code != ErrorCode::conflict) {
      return web::reply_error(ctx, e);
    }
    return show_page(ctx, web::form_messages(ctx.lang, e),
                     e.code == ErrorCode::conflict ? 409 : 422);
  }
  return http::Response::redirect(receipt_url(id) + "?done=address");
}

http::Response of_pledge_get(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = receipt_of_pledge(ctx.app.db(), ctx.actor, core::parse_id(ctx.req.param("id")));
  if (!id) return web::reply_error(ctx, id.error());
  return http::Response::redirect(receipt_url(*id));
}

// The year asked for, or the current one.
int year_asked(web::Ctx& ctx) {
  auto asked = core::parse_id(ctx.query.get("year"));
  if (asked >= 2000 && asked <= 9999) return static_cast<int>(asked);
  return year_of(core::iso(ctx.app.clock().now()));
}

http::Response register_page(web::Ctx& ctx, std::vector<std::string> errors = {},
                             int status = 200) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto org_id = core::parse_id(ctx.req.param("org"));
  auto org = organisation(ctx.app.db(), ctx.actor, org_id);
  if (!org) return web::reply_error(ctx, org.error());
  const auto lang = ctx.lang;
  RegisterView v;
  v.can_see_register = can(ctx.actor, Action::see_register, org->subject).allowed;
  v.can_edit_settings = can(ctx.actor, Action::edit_settings, org->subject).allowed;
  v.can_mark_eligible = can(ctx.actor, Action::mark_eligible, org->subject).allowed;
  if (!v.can_see_register && !v.can_edit_settings && !v.can_mark_eligible) {
    return web::reply_error(ctx, can(ctx.actor, Action::see_register, org->subject).forbidden());
  }
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  v.organisation = org->name;
  v.treasury_url = "/treasury/" + std::to_string(org_id);
  int year = year_asked(ctx);
  v.year = std::to_string(year);
  if (v.can_see_register) {
    auto reg = register_of(ctx.app.db(), ctx.actor, org_id, year);
    if (!reg) return web::reply_error(ctx, reg.error());
    for (int y : reg->years) {
      v.years.push_back(
          {std::to_string(y), register_url(org_id) + "?year=" + std::to_string(y), y == year});
    }
    for (const auto& r : reg->receipts) {
      RegisterLineView l;
      l.number = display_number(r.year, r.number);
      l.url = receipt_url(r.id);
      l.issued_on = long_day(lang, r.issued_at);
      l.donor = r.donor_name;
      l.amount = web::Money{r.amount_minor, r.currency};
      l.cancelled = r.cancelled();
      l.state_label =
          i18n::text(lang, r.cancelled() ? "receipts.state.cancelled" : "receipts.state.issued");
      v.lines.push_back(std::move(l));
    }
    v.csv_url = register_url(org_id) + ".csv?year=" + v.year;
  }
  v.postal_address = org->settings.postal_address;
  v.registration = org->settings.registration;
  v.object = org->settings.object;
  v.tax_eligible = org->settings.tax_eligible;
  v.settings_action = register_url(org_id) + "/settings";
  v.eligibility_action = register_url(org_id) + "/eligibility";
  std::string_view done = ctx.query.get("done");
  if (done == "settings") v.notice = i18n::text(lang, "receipts.notice.settings");
  if (done == "eligibility") v.notice = i18n::text(lang, "receipts.notice.eligibility");
  v.errors = std::move(errors);
  v.layout = web::make_layout(
      ctx, i18n::format(lang, "receipts.register.title", {{"organisation", v.organisation}}),
      "campaigns");
  return web::render_private(ctx, status, [&](web::Out& out) { tpl::receipts_register(out, v); });
}

http::Response register_get(web::Ctx& ctx) {
  return register_page(ctx);
}

http::Response register_csv_get(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto org_id = core::parse_id(ctx.req.param("org"));
  int year = year_asked(ctx);
  auto reg = register_of(ctx.app.db(), ctx.actor, org_id, year);
  if (!reg) return web::reply_error(ctx, reg.error());
  http::Response res;
  res.status = 200;
  res.body = register_csv(reg->receipts);
  res.header("Content-Type", "text/csv; charset=utf-8");
  res.header("Content-Disposition",
             files::content_disposition("recus-" + std::to_string(org_id) + "-" +
                                        std::to_string(year) + ".csv"));
  res.header("Cache-Control", "private, no-store");
  return res;
}

http::Response refused(web::Ctx& ctx, const Error& e) {
  if (e.code != ErrorCode::invalid) return web::reply_error(ctx, e);
  return register_page(ctx, web::form_messages(ctx.lang, e), 422);
}

http::Response settings_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto org_id = core::parse_id(ctx.req.param("org"));
  Settings typed;
  typed.postal_address = std::string(ctx.form.get("postal_address"));
  typed.registration = std::string(ctx.form.get("registration"));
  typed.object = std::string(ctx.form.get("object"));
  if (auto r = save_settings(ctx.app.db(), ctx.actor, org_id, typed, ctx.app.clock().now()); !r) {
    return refused(ctx, r.error());
  }
  return http::Response::redirect(register_url(org_id) + "?done=settings");
}

http::Response eligibility_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto org_id = core::parse_id(ctx.req.param("org"));
  bool eligible = ctx.form.get("eligible") == "1";
  if (auto r = set_tax_eligible(ctx.app.db(), ctx.actor, org_id, eligible, ctx.app.clock().now());
      !r) {
    return refused(ctx, r.error());
  }
  return http::Response::redirect(register_url(org_id) + "?done=eligibility");
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/receipts/{id:int}", show_get);
  app.get("/receipts/{id:int}/receipt.pdf", pdf_get);
  app.post("/receipts/{id:int}/address", address_form);
  app.get("/pledges/{id:int}/receipt", of_pledge_get);
  app.get("/treasury/{org:int}/receipts", register_get);
  app.get("/treasury/{org:int}/receipts.csv", register_csv_get);
  app.post("/treasury/{org:int}/receipts/settings", settings_form);
  app.post("/treasury/{org:int}/receipts/eligibility", eligibility_form);
}

}  // namespace comdev::receipts
