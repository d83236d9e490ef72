#include "features/mobilisation/mobilisation_mail.h"

#include <algorithm>
#include <string_view>

#include "core/log.h"
#include "core/time.h"
#include "features/matching/matching_service.h"
#include "features/mobilisation/mobilisation_store.h"
#include "i18n/format.h"
#include "i18n/message.h"

namespace comdev::mobilisation {
namespace {

namespace st = mobilisation_store;

// The catalogue keys of each e-mail, spelled whole (the unused-key test looks for them).
struct Texts {
  std::string_view kind;
  bool carrier_side;
  std::string_view subject, body;
};
constexpr Texts kTexts[] = {
    {kInvitationReceived, false, "mobilisation.mail.invitation.subject",
     "mobilisation.mail.invitation.body"},
    {kInvitationDeclined, true, "mobilisation.mail.invitation_declined.subject",
     "mobilisation.mail.invitation_declined.body"},
    {kInvitationExpired, false, "mobilisation.mail.invitation_expired.subject",
     "mobilisation.mail.invitation_expired.body"},
    {kInvitationExpired, true, "mobilisation.mail.invitation_expired_carrier.subject",
     "mobilisation.mail.invitation_expired_carrier.body"},
    {kOfferReceived, true, "mobilisation.mail.offer_received.subject",
     "mobilisation.mail.offer_received.body"},
    {kOfferAccepted, false, "mobilisation.mail.offer_accepted.subject",
     "mobilisation.mail.offer_accepted.body"},
    {kOfferDeclined, false, "mobilisation.mail.offer_declined.subject",
     "mobilisation.mail.offer_declined.body"},
    {kOfferExpired, false, "mobilisation.mail.offer_expired.subject",
     "mobilisation.mail.offer_expired.body"},
    {kOfferExpired, true, "mobilisation.mail.offer_expired_carrier.subject",
     "mobilisation.mail.offer_expired_carrier.body"},
};

const Texts* texts_for(std::string_view kind, bool carrier_side) {
  for (const auto& t : kTexts) {
    if (t.kind == kind && t.carrier_side == carrier_side) return &t;
  }
  return nullptr;
}

std::string place(i18n::Lang lang, const NeedRef& n) {
  if (lang == i18n::Lang::ar && !n.territory_ar.empty()) return n.territory_ar;
  return n.territory_fr;
}

std::string date_text(i18n::Lang lang, const std::string& iso) {
  auto t = core::parse_iso(iso);
  return t ? i18n::format_date(lang, *t) : iso;
}

Result<std::vector<Recipient>> recipients_of(store::Db& db, const Notice& n, const NeedRef& need) {
  std::vector<Recipient> out;
  if (n.to_carrier) {
    auto reps = st::representatives(db, need.carrier_id);
    if (!reps) return reps.error();
    out = std::move(*reps);
  }
  bool listed = std::any_of(out.begin(), out.end(),
                            [&](const Recipient& r) { return r.member_id == n.to_member; });
  if (n.to_member != 0 && !listed) {
    auto one = st::recipient(db, n.to_member);
    if (!one) return one.error();
    if (*one) out.push_back(std::move(**one));
  }
  return out;
}

// The parameters every text may use, plus what this kind adds.
Status send_one(store::Db& db, mail::Mailer& mailer, const std::string& base, const Notice& n,
                const NeedRef& need, const std::string& other, const Recipient& to,
                const Texts& texts) {
  auto lang = i18n::parse_lang(to.lang).value_or(i18n::kDefaultLang);
  std::string need_url = base + "/needs/" + std::to_string(need.id);
  std::vector<i18n::Param> params = {
      {"name", to.display_name},
      {"other", other},
      {"need", need.title},
      {"project", need.project_title},
      {"commune", place(lang, need)},
      {"link", need_url},
      {"experts_link", need_url + "#experts"},
      {"project_link", base + "/projects/" + std::to_string(need.project_id)}};
  if (n.invitation_id != 0) {
    auto inv = st::invitation(db, n.invitation_id);
    if (!inv) return inv.error();
    if (*inv) {
      params.push_back(
          {"reasons", matching::why(db, lang, matching::reasons_from_json((*inv)->reasons))});
      params.push_back({"expires", date_text(lang, (*inv)->expires_at)});
      params.push_back({"message", (*inv)->message});
    }
  }
  if (n.offer_id != 0) {
    auto o = st::offer(db, n.offer_id);
    if (!o) return o.error();
    if (*o) {
      params.push_back({"expires", date_text(lang, (*o)->expires_at)});
      params.push_back({"message", (*o)->message});
      params.push_back({"note", (*o)->answer_note});
    }
  }
  if (n.kind == kOfferAccepted) {
    auto team = st::team(db, need.project_id);
    if (!team) return team.error();
    for (const auto& m : *team) {
      if (m.member_id == to.member_id) params.push_back({"role", m.role});
    }
  }
  const auto& cat = i18n::catalogue(lang);
  mail::Mail m;
  m.to = to.email;
  m.subject = i18n::format(cat, texts.subject, params);
  m.text = i18n::format(cat, texts.body, params);
  return mailer.send(m);
}

}  // namespace

int send_notices(store::Db& db, mail::Mailer& mailer, const std::string& base_url,
                 const std::vector<Notice>& notices) {
  std::string base = base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  int sent = 0;
  for (const auto& n : notices) {
    bool carrier_side = n.to_carrier || n.kind == kInvitationDeclined;
    const Texts* texts = texts_for(n.kind, carrier_side);
    auto need = st::need(db, n.need_id);
    if (!texts || !need || !*need) continue;  // nothing to say, or the need is gone since
    auto to = recipients_of(db, n, **need);
    if (!to) {
      log::warn("mobilisation.mail_failed", {{"kind", n.kind}, {"detail", to.error().detail}});
      continue;
    }
    std::string other;
    if (n.other_member_id != 0) {
      if (auto o = st::recipient(db, n.other_member_id); o && *o) other = (*o)->display_name;
    }
    for (const auto& r : *to) {
      if (auto s = send_one(db, mailer, base, n, **need, other, r, *texts); !s) {
        log::warn("mobilisation.mail_failed", {{"kind", n.kind}, {"detail", s.error().detail}});
      } else {
        ++sent;
      }
    }
  }
  return sent;
}

}  // namespace comdev::mobilisation
