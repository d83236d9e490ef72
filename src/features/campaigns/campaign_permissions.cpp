#include "features/campaigns/campaign_permissions.h"

namespace comdev::campaigns {
namespace {

constexpr web::Decision kAllow{true, {}};
constexpr web::Decision kSignIn{false, "errors.sign_in_required"};
constexpr web::Decision kNotVisible{false, "campaigns.errors.not_visible"};
constexpr web::Decision kNotCarrier{false, "campaigns.errors.not_carrier"};
constexpr web::Decision kNotTreasurer{false, "campaigns.errors.not_treasurer"};
constexpr web::Decision kAnimatorsReview{false, "campaigns.errors.animators_review"};
constexpr web::Decision kNotDraft{false, "campaigns.errors.not_draft"};
constexpr web::Decision kNotSubmitted{false, "campaigns.errors.not_submitted"};
constexpr web::Decision kNotPublished{false, "campaigns.errors.not_published"};
constexpr web::Decision kNotOwn{false, "campaigns.errors.not_own_pledge"};
constexpr web::Decision kNotRepresentative{false, "campaigns.errors.not_representative"};

bool animator(const web::Actor& a) {
  return a.is_animator || a.is_admin;
}

bool public_state(State s) {
  return s == State::published || s == State::closed;
}

}  // namespace

web::Decision can(const web::Actor& actor, Action action, const Subject& s) {
  if (action == Action::view) {
    if (public_state(s.state)) return kAllow;
    if (!actor.signed_in()) return kSignIn;
    return s.carrier || animator(actor) ? kAllow : kNotVisible;
  }
  if (!actor.signed_in()) return kSignIn;
  switch (action) {
    case Action::view:
      return kAllow;  // answered above
    case Action::see_bank_details:
      return public_state(s.state) || s.carrier || animator(actor) ? kAllow : kNotVisible;
    case Action::create:
      return s.carrier ? kAllow : kNotCarrier;
    case Action::edit:
    case Action::submit:
      if (!s.carrier) return kNotCarrier;
      return s.state == State::draft ? kAllow : kNotDraft;
    case Action::publish:
    case Action::send_back:
      if (!animator(actor)) return kAnimatorsReview;
      return s.state == State::submitted ? kAllow : kNotSubmitted;
    case Action::close:
      if (!s.carrier && !animator(actor)) return kNotCarrier;
      return s.state == State::published ? kAllow : kNotPublished;
    case Action::post_update:
      if (!s.carrier) return kNotCarrier;
      return public_state(s.state) ? kAllow : kNotPublished;
    case Action::pledge:
      return public_state(s.state) ? kAllow : kNotVisible;
    case Action::cancel_own:
      return s.own_pledge ? kAllow : kNotOwn;
    case Action::treasury:
      return s.treasurer ? kAllow : kNotTreasurer;
    case Action::name_treasurer:
      return s.represents_collector || animator(actor) ? kAllow : kNotRepresentative;
  }
  return kNotVisible;
}

}  // namespace comdev::campaigns
