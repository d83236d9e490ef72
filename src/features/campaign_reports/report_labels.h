// The catalogue texts the report's pages and e-mails choose among: a day written for the reader,
// the subject and body of each reminder. Literal keys, so that the catalogue test sees them.
#pragma once

#include <string>
#include <string_view>

#include "features/campaign_reports/campaign_report.h"
#include "features/campaign_reports/report_rules.h"
#include "i18n/format.h"
#include "i18n/lang.h"

namespace comdev::campaign_reports {

// "lundi 1 mars 2027" for "2027-03-01"; the text as given when it is not a day.
inline std::string day_text(i18n::Lang lang, std::string_view day) {
  auto d = calendar_day(day);
  return d ? i18n::format_day(lang, *d) : std::string(day);
}

struct MailKeys {
  std::string_view subject, body;
};
inline MailKeys mail_keys(Reminder r) {
  switch (r) {
    case Reminder::due_in_7:
      return {"campaign_reports.mail.due_in_7.subject", "campaign_reports.mail.due_in_7.body"};
    case Reminder::due_in_1:
      return {"campaign_reports.mail.due_in_1.subject", "campaign_reports.mail.due_in_1.body"};
    case Reminder::overdue:
      return {"campaign_reports.mail.overdue.subject", "campaign_reports.mail.overdue.body"};
    case Reminder::none:
      break;
  }
  return {};
}

}  // namespace comdev::campaign_reports
