#include "features/teams/team_labels.h"

#include "i18n/catalogue.h"
#include "i18n/message.h"

namespace comdev::teams {
std::string kind_label(i18n::Lang lang, RoleKind k) {
  switch (k) {
    case RoleKind::carrier:
      return text(lang, "teams.role.carrier");
    case RoleKind::expert:
      return text(lang, "teams.role.expert");
    case RoleKind::animator:
      return text(lang, "teams.role.animator");
    case RoleKind::observer:
      return text(lang, "teams.role.observer");
  }
  return {};
}

std::vector<Option> kind_options(i18n::Lang lang, RoleKind selected) {
  std::vector<Option> out;
  for (auto k : {RoleKind::carrier, RoleKind::expert, RoleKind::animator, RoleKind::observer}) {
    out.push_back({std::string(name(k)), kind_label(lang, k), k == selected});
  }
  return out;
}

std::string notice(i18n::Lang lang, std::string_view done) {
  if (done == "requested") return text(lang, "teams.notice.requested");
  if (done == "accepted") return text(lang, "teams.notice.accepted");
  if (done == "declined") return text(lang, "teams.notice.declined");
  if (done == "added") return text(lang, "teams.notice.added");
  if (done == "role") return text(lang, "teams.notice.role");
  if (done == "removed") return text(lang, "teams.notice.removed");
  if (done == "left") return text(lang, "teams.notice.left");
  return {};
}

std::string notification_text(i18n::Lang lang, std::string_view kind, std::string_view project,
                              std::string_view other) {
  std::string p(project), o(other);
  if (kind == kJoinRequested) {
    return i18n::format(lang, "teams.notification.join_requested", {{"project", p}, {"other", o}});
  }
  if (kind == kJoinAccepted) {
    return i18n::format(lang, "teams.notification.join_accepted", {{"project", p}, {"other", o}});
  }
  if (kind == kJoinDeclined) {
    return i18n::format(lang, "teams.notification.join_declined", {{"project", p}, {"other", o}});
  }
  return i18n::format(lang, "teams.notification.mentioned", {{"project", p}, {"other", o}});
}

}  // namespace comdev::teams
