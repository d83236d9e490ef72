#include "features/digest/digest_mail.h"

#include "i18n/message.h"

namespace comdev::digest {
namespace {

std::string trimmed(std::string_view base_url) {
  std::string base(base_url);
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

}  // namespace

std::string unsubscribe_url(std::string_view base_url, std::string_view token) {
  // The token is URL-safe base64: nothing to escape.
  return trimmed(base_url) + "/digest/unsubscribe?token=" + std::string(token);
}

mail::Mail compose(const Candidate& to, const std::vector<Item>& items,
                   const std::vector<Extra>& extras, std::string_view base_url,
                   std::string_view token) {
  i18n::Lang lang = i18n::parse_lang(to.lang).value_or(i18n::kDefaultLang);
  std::string base = trimmed(base_url);
  std::string unsubscribe = unsubscribe_url(base, token);
  auto count = static_cast<std::int64_t>(items.size());

  mail::Mail m;
  m.to = to.email;
  m.subject = items.empty() ? i18n::format(lang, "digest.mail.subject_activity")
                            : i18n::plural(lang, "digest.mail.subject", count);
  std::string& b = m.text;
  b += i18n::format(lang, "digest.mail.greeting", {{"name", to.display_name}});
  b += "\n\n";
  if (!items.empty()) {
    b += i18n::plural(
        lang,
        to.frequency == Frequency::daily ? "digest.mail.intro.daily" : "digest.mail.intro.weekly",
        count);
    b += "\n";
  }
  for (const auto& item : items) {
    const NewNeed& n = item.need;
    std::string place = lang == i18n::Lang::ar && !n.place_ar.empty() ? n.place_ar : n.place_fr;
    b += "\n* " + n.title + "\n  ";
    b +=
        i18n::format(lang, "digest.mail.project", {{"project", n.project_title}, {"place", place}});
    b += "\n";
    if (!item.why.empty()) {
      b += "  " + i18n::format(lang, "digest.mail.why", {{"why", item.why}}) + "\n";
    }
    b += "  " + base + "/needs/" + std::to_string(n.id) + "\n";
  }
  bool first = items.empty();  // right under the greeting: no blank line of its own
  for (const auto& extra : extras) {
    if (extra.lines.empty()) continue;
    b += (first ? "" : "\n") + extra.heading + "\n";
    first = false;
    for (const auto& line : extra.lines) b += "\n* " + line.text + "\n  " + base + line.path + "\n";
  }
  b += "\n--\n";
  b += i18n::format(lang, "digest.mail.settings", {{"link", base + "/account/notifications"}});
  b += "\n";
  b += i18n::format(lang, "digest.mail.unsubscribe", {{"link", unsubscribe}});
  b += "\n";
  m.headers = {{"List-Unsubscribe", "<" + unsubscribe + ">"},
               {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}};
  return m;
}

}  // namespace comdev::digest
