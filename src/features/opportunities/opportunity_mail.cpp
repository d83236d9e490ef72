#include "features/opportunities/opportunity_mail.h"

#include "core/log.h"
#include "features/opportunities/opportunity_store.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"

namespace comdev::opportunities {
namespace {

namespace st = opportunity_store;

bool send(mail::Mailer& mailer, const st::Recipient& to, std::string_view subject_key,
          std::string_view body_key, std::vector<i18n::Param> params) {
  auto lang = i18n::parse_lang(to.lang).value_or(i18n::kDefaultLang);
  params.push_back({"name", to.name});
  const auto& cat = i18n::catalogue(lang);
  mail::Mail m;
  m.to = to.email;
  m.subject = i18n::format(cat, subject_key, params);
  m.text = i18n::format(cat, body_key, params);
  if (auto r = mailer.send(m); !r) {
    log::warn("opportunities.mail_failed", {{"member", to.member_id}});
    return false;
  }
  return true;
}

}  // namespace

int send_introduction(store::Db& db, mail::Mailer& mailer, const std::string& base_url,
                      std::int64_t interest_id) {
  auto lease = db.acquire();
  if (!lease) return 0;
  auto& c = **lease;
  auto i = st::find_interest(c, interest_id);
  if (!i || !*i) return 0;
  auto o = st::find(c, (*i)->opportunity_id);
  if (!o || !*o) return 0;
  std::string base = base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  std::string link = base + "/opportunities/" + std::to_string((*o)->id);
  int sent = 0;
  auto investor = st::recipient(c, (*i)->member_id);
  if (investor && *investor) {
    sent += send(mailer, **investor, "opportunities.mail.introduced.subject",
                 "opportunities.mail.introduced.body",
                 {{"title", (*o)->text.title},
                  {"contact", (*o)->text.contact},
                  {"organisation", (*o)->contact_org_name},
                  {"link", base + "/me/opportunities"}});
  }
  auto owners = st::owners(c, **o);
  if (!owners) return sent;
  for (auto m : *owners) {
    if (m == (*i)->member_id) continue;
    auto to = st::recipient(c, m);
    if (!to || !*to) continue;
    sent += send(mailer, **to, "opportunities.mail.introduced_owner.subject",
                 "opportunities.mail.introduced_owner.body",
                 {{"title", (*o)->text.title},
                  {"other", (*i)->member_name},
                  {"about", (*i)->text.about},
                  {"interest", (*i)->text.interest},
                  {"contact", (*i)->text.contact},
                  {"link", link}});
  }
  return sent;
}

}  // namespace comdev::opportunities
