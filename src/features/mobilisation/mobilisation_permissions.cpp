#include "features/mobilisation/mobilisation_permissions.h"

namespace comdev::mobilisation {
namespace {

constexpr Decision kAllow{true, {}};
constexpr Decision kSignIn{false, "errors.sign_in_required"};
constexpr Decision kNotCarrier{false, "mobilisation.errors.not_carrier"};
constexpr Decision kOwnOffer{false, "mobilisation.errors.own_offer"};
constexpr Decision kNotYours{false, "mobilisation.errors.not_yours"};

bool carrier_side(const web::Actor& actor, const Subject& s) {
  return s.actor_represents_carrier || actor.is_animator || actor.is_admin;
}

}  // namespace

Decision can(const web::Actor& actor, Action action, const Subject& subject) {
  if (action == Action::view) return kAllow;  // needs and teams are public
  if (!actor.signed_in()) return kSignIn;
  switch (action) {
    case Action::view:
      return kAllow;
    case Action::invite:
    case Action::see_carrier_side:
      return carrier_side(actor, subject) ? kAllow : kNotCarrier;
    case Action::answer_offer:
      // Before the role: an animator who offered help cannot take themselves on either.
      if (subject.actor_made_offer) return kOwnOffer;
      return carrier_side(actor, subject) ? kAllow : kNotCarrier;
    case Action::offer_help:
    case Action::read_notifications:
      return kAllow;
    case Action::decline_invitation:
      return subject.actor_is_invited_expert ? kAllow : kNotYours;
    case Action::withdraw_offer:
      return subject.actor_made_offer ? kAllow : kNotYours;
  }
  return kNotYours;
}

}  // namespace comdev::mobilisation
