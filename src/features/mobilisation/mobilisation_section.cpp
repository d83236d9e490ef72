// The mobilisation section of a need's page (id="mobilisation"); the team section of a project's
// page belongs to the teams feature. Offer messages are shown only to the carrier's side and to the
// member who wrote them.
#include "features/mobilisation/mobilisation_section.h"

#include "core/log.h"
#include "core/time.h"
#include "features/matching/matching_service.h"
#include "features/mobilisation/mobilisation_rules.h"
#include "features/mobilisation/mobilisation_store.h"
#include "features/mobilisation/mobilisation_views.h"
#include "i18n/catalogue.h"
#include "tpl/mobilisation/section.h"
#include "web/app.h"
#include "web/render.h"

namespace comdev::mobilisation {
namespace {

namespace st = mobilisation_store;

std::chrono::sys_seconds at(const std::string& iso) {
  return core::parse_iso(iso).value_or(std::chrono::sys_seconds{});
}

// The status labels, spelled whole for the unused-key test.
std::string_view invitation_label_key(std::string_view status) {
  if (status == "offered") return "mobilisation.invitation.status.offered";
  if (status == "declined") return "mobilisation.invitation.status.declined";
  if (status == "expired") return "mobilisation.invitation.status.expired";
  if (status == "withdrawn") return "mobilisation.invitation.status.withdrawn";
  return "mobilisation.invitation.status.open";
}

std::string_view offer_label_key(std::string_view status) {
  if (status == "accepted") return "mobilisation.offer.status.accepted";
  if (status == "declined") return "mobilisation.offer.status.declined";
  if (status == "expired") return "mobilisation.offer.status.expired";
  if (status == "withdrawn") return "mobilisation.offer.status.withdrawn";
  return "mobilisation.offer.status.open";
}

// What ?mob= says after a POST, as the notice's text.
std::string flash_text(i18n::Lang lang, std::string_view what) {
  if (what == "invited") return text(lang, "mobilisation.flash.invited");
  if (what == "offered") return text(lang, "mobilisation.flash.offered");
  if (what == "invitation_declined") return text(lang, "mobilisation.flash.invitation_declined");
  if (what == "withdrawn") return text(lang, "mobilisation.flash.withdrawn");
  if (what == "accepted") return text(lang, "mobilisation.flash.accepted");
  if (what == "offer_declined") return text(lang, "mobilisation.flash.offer_declined");
  return {};
}

std::string member_url(std::int64_t id) {
  return "/members/" + std::to_string(id);
}

Status fill_carrier_side(web::Ctx& ctx, const needs::NeedPage& page, SectionView& v) {
  auto& db = ctx.app.db();
  auto offers = st::offers_of_need(db, page.need.id);
  if (!offers) return offers.error();
  auto invitations = st::invitations_of_need(db, page.need.id);
  if (!invitations) return invitations.error();
  std::vector<Exchange> exchanges;
  for (const auto& o : *offers) {
    OfferRow r;
    r.id = o.id;
    r.expert_name = o.expert_name;
    r.expert_url = member_url(o.expert_id);
    r.message = o.message;
    r.status = o.status;
    r.status_label = text(ctx.lang, offer_label_key(o.status));
    r.created = at(o.created_at);
    r.open = o.status == "open";
    r.accept_action = "/offers/" + std::to_string(o.id) + "/accept";
    r.decline_action = "/offers/" + std::to_string(o.id) + "/decline";
    v.offers.push_back(std::move(r));
    auto s = parse_offer_status(o.status);
    exchanges.push_back({at(o.created_at), s && is_answer(*s) && !o.answered_at.empty()
                                               ? std::optional(at(o.answered_at))
                                               : std::nullopt});
  }
  for (const auto& i : *invitations) {
    InvitationRow r;
    r.expert_name = i.expert_name;
    r.expert_url = member_url(i.expert_id);
    r.status = i.status;
    r.status_label = text(ctx.lang, invitation_label_key(i.status));
    r.created = at(i.created_at);
    r.expires = at(i.expires_at);
    r.answered = !i.answered_at.empty();
    r.answered_at = at(i.answered_at);
    r.open = i.status == "open";
    v.invitations.push_back(std::move(r));
    auto s = parse_invitation_status(i.status);
    exchanges.push_back({at(i.created_at), s && is_answer(*s) && !i.answered_at.empty()
                                               ? std::optional(at(i.answered_at))
                                               : std::nullopt});
  }
  if (auto first = time_to_first_answer(exchanges)) {
    auto r = readable(*first);
    v.has_first_answer = true;
    v.first_answer_in_days = r.days;
    v.first_answer = r.count;
  }
  return {};
}

Status fill_member_side(web::Ctx& ctx, const needs::NeedPage& page, SectionView& v) {
  auto& db = ctx.app.db();
  std::string need = std::to_string(page.need.id);
  auto inv = st::invitation_on(db, page.need.id, ctx.actor.member_id);
  if (!inv) return inv.error();
  auto offer = st::offer_on(db, page.need.id, ctx.actor.member_id);
  if (!offer) return offer.error();
  bool open_need = takes_help(page.need.data.kind, page.need.status);
  if (*inv) {
    const auto& i = **inv;
    v.invitation_open = i.status == "open";
    if (v.invitation_open) {
      v.invitation_why = matching::why(db, ctx.lang, matching::reasons_from_json(i.reasons));
      v.invitation_message = i.message;
      v.invitation_expires = at(i.expires_at);
      v.decline_invitation_action = "/invitations/" + std::to_string(i.id) + "/decline";
    } else if (i.status != "offered") {
      v.invitation_status = text(ctx.lang, invitation_label_key(i.status));
    }
  }
  if (*offer) {
    const auto& o = **offer;
    v.has_offer = true;
    v.offer_open = o.status == "open";
    v.offer_status = o.status;
    v.offer_status_label = text(ctx.lang, offer_label_key(o.status));
    v.offer_message = o.message;
    v.withdraw_action = "/offers/" + std::to_string(o.id) + "/withdraw";
  } else if (open_need) {
    v.can_offer = true;
    v.offer_action = "/needs/" + need + "/offers";
  }
  return {};
}

Result<std::string> section_html(web::Ctx& ctx, const needs::NeedPage& page) {
  // Only skill needs are answered by people: funding and material needs have no section.
  if (page.need.data.kind != "skill") return std::string{};
  auto& db = ctx.app.db();
  SectionView v;
  v.flash = flash_text(ctx.lang, ctx.query.get("mob"));
  auto times = st::answer_times(db, page.project.carrier_id);
  if (!times) return times.error();
  if (auto usual = usual_answer_seconds(*times)) v.usual_days = days_for(*usual);
  if (ctx.actor.signed_in()) {
    auto csrf = ctx.csrf_token();
    if (!csrf) return csrf.error();
    v.csrf = *csrf;
  }
  if (page.can_edit) {
    v.carrier_side = true;
    if (auto s = fill_carrier_side(ctx, page, v); !s) return s.error();
  } else if (ctx.actor.signed_in()) {
    v.member_side = true;
    if (auto s = fill_member_side(ctx, page, v); !s) return s.error();
  } else {
    v.sign_in_to_offer = takes_help(page.need.data.kind, page.need.status);
  }
  std::string buf;
  web::Out out{buf, ctx.lang, i18n::catalogue(ctx.lang)};
  tpl::mobilisation_section(out, v);
  return buf;
}

}  // namespace

std::string need_section(web::Ctx& ctx, const needs::NeedPage& page) {
  auto html = section_html(ctx, page);
  if (!html) {
    // The need's page stays readable without its mobilisation section.
    log::warn("mobilisation.section_failed", {{"detail", html.error().detail}});
    return {};
  }
  return *html;
}

}  // namespace comdev::mobilisation
