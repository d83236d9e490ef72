#include "features/campaign_reports/report_permissions.h"

namespace comdev::campaign_reports {
namespace {

constexpr web::Decision kAllow{true, {}};
constexpr web::Decision kSignIn{false, "errors.sign_in_required"};
constexpr web::Decision kNotVisible{false, "campaign_reports.errors.not_visible"};
constexpr web::Decision kNotTreasurer{false, "campaign_reports.errors.not_treasurer"};
constexpr web::Decision kAlreadySent{false, "campaign_reports.errors.already_sent"};

bool animator(const web::Actor& a) {
  return a.is_animator || a.is_admin;
}

}  // namespace

web::Decision can(const web::Actor& actor, Action action, const Subject& s) {
  if (!actor.signed_in()) return kSignIn;
  if (!s.closed) return kNotVisible;
  switch (action) {
    case Action::view:
      return s.treasurer || s.representative || animator(actor) ? kAllow : kNotVisible;
    case Action::add_cost:
    case Action::mark_sent:
      if (!s.treasurer) return kNotTreasurer;
      return s.sent ? kAlreadySent : kAllow;
  }
  return kNotVisible;
}

}  // namespace comdev::campaign_reports
