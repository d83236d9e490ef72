// Who may do what in mobilisation: the feature's whole policy. The carrier side of a need (the
// verified representatives of the project's carrier organisation, animators, administrators)
// sees the experts to invite, invites, reads the offers and answers them; any signed-in member
// may offer help; the invited expert answers their invitation; an expert withdraws only their
// own offer; nobody accepts their own offer.
#pragma once

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::mobilisation {

enum class Action {
  view,              // the need's mobilisation section, the carrier's answer time, the team
  invite,            // invite an expert to a need
  see_carrier_side,  // the offers with their messages, the invitations sent, the figures
  answer_offer,      // accept (with a role) or decline (with a note) an offer
  offer_help,        // offer help on a need
  decline_invitation,
  withdraw_offer,
  read_notifications,
};
inline constexpr Action kActions[] = {Action::view,
                                      Action::invite,
                                      Action::see_carrier_side,
                                      Action::answer_offer,
                                      Action::offer_help,
                                      Action::decline_invitation,
                                      Action::withdraw_offer,
                                      Action::read_notifications};

// What the decision needs to know about the need, invitation or offer at hand.
struct Subject {
  bool actor_represents_carrier = false;  // a verified representative of the project's carrier
  bool actor_is_invited_expert = false;   // the invitation at hand is addressed to the actor
  bool actor_made_offer = false;          // the offer at hand is the actor's own
};

using web::Decision;

Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::mobilisation
