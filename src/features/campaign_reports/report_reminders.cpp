#include "features/campaign_reports/report_reminders.h"

#include "core/log.h"
#include "features/campaign_reports/report_labels.h"
#include "features/campaign_reports/report_rules.h"
#include "features/campaign_reports/report_store.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"

namespace comdev::campaign_reports {
namespace {

namespace st = report_store;

Result<bool> claim(store::Db& db, std::int64_t campaign_id, Reminder kind, const std::string& now) {
  return db.transaction<bool>(
      [&](store::Conn& c) { return st::claim_reminder(c, campaign_id, name(kind), now); });
}

Result<std::vector<st::Recipient>> recipients(store::Db& db, const st::Waiting& w, Reminder kind) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  if (kind == Reminder::overdue) return st::animators(**lease);
  return st::organisation_people(**lease, w.organisation_id);
}

Status send_one(mail::Mailer& mailer, const std::string& base, const st::Waiting& w,
                const std::string& due, Reminder kind, const st::Recipient& to) {
  auto lang = i18n::parse_lang(to.lang).value_or(i18n::kDefaultLang);
  auto keys = mail_keys(kind);
  std::vector<i18n::Param> params = {
      {"name", to.display_name},
      {"campaign", w.title},
      {"organisation", w.organisation_name},
      {"closed", day_text(lang, w.closing_day)},
      {"due", day_text(lang, due)},
      {"link", base + "/campaigns/" + std::to_string(w.campaign_id) + "/report"}};
  const auto& cat = i18n::catalogue(lang);
  mail::Mail m;
  m.to = to.email;
  m.subject = i18n::format(cat, keys.subject, params);
  m.text = i18n::format(cat, keys.body, params);
  return mailer.send(m);
}

}  // namespace

Result<Reminded> send_reminders(store::Db& db, mail::Mailer& mailer, const std::string& base_url,
                                core::Seconds now) {
  std::string base = base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  auto when = core::iso(now);
  auto today = when.substr(0, 10);
  Result<std::vector<st::Waiting>> waiting = Error::internal("not read");
  {
    auto lease = db.acquire();
    if (!lease) return lease.error();
    waiting = st::waiting(**lease);
  }
  if (!waiting) return waiting.error();
  Reminded out;
  for (const auto& w : *waiting) {
    auto due = due_on(w.closing_day);
    if (!due) continue;
    Reminder kind = reminder_due(today, *due);
    if (kind == Reminder::none) continue;
    auto claimed = claim(db, w.campaign_id, kind, when);
    if (!claimed) return claimed.error();
    if (!*claimed) continue;  // sent before, by this instance or another
    ++out.reminders;
    auto to = recipients(db, w, kind);
    if (!to) return to.error();
    int sent = 0;
    for (const auto& r : *to) {
      if (auto s = send_one(mailer, base, w, *due, kind, r); !s) {
        log::warn("campaign_reports.mail_failed",
                  {{"campaign", w.campaign_id}, {"detail", s.error().detail}});
      } else {
        ++sent;
      }
    }
    out.mails += sent;
    if (sent == 0 && !to->empty()) {
      // Nobody heard of it: give the claim back so that a later pass tries again.
      auto released = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
        if (auto s = st::release_reminder(c, w.campaign_id, name(kind)); !s) return s.error();
        return true;
      });
      if (!released) return released.error();
      --out.reminders;
    }
  }
  if (out.reminders > 0) {
    log::info("campaign_reports.reminded", {{"reminders", out.reminders}, {"mails", out.mails}});
  }
  return out;
}

void schedule(jobs::Scheduler& jobs, store::Db& db, mail::Mailer& mailer,
              const std::string& base_url) {
  // Reminders are a matter of days: hourly is soon enough, and the first pass waits ten minutes
  // so that a starting server answers its first requests before background work.
  jobs.every("campaign_reports.reminders", std::chrono::hours(1), std::chrono::minutes(10),
             std::chrono::minutes(10),
             [&db, &mailer, &base_url](core::Seconds now, const std::atomic<bool>&) -> Status {
               auto r = send_reminders(db, mailer, base_url, now);
               if (!r) return r.error();
               return {};
             });
}

}  // namespace comdev::campaign_reports
