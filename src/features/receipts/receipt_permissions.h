// Who may do what with receipts: the feature's whole policy.
// - A receipt is its donor's and the collecting organisation's treasurers' (the people answerable
//   for the money): nobody else learns it exists, animators included.
// - Only the donor adds their postal address to it (a French tax receipt names it), while it is
//   not cancelled.
// - The organisation's register of receipts (every donor's name) is for its treasurers.
// - What the receipts print about the organisation (address, registration, object) is set by its
//   treasurers or verified representatives; whether it may issue tax receipts is an animator's
//   check, never the organisation's own say.
#pragma once

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::receipts {

enum class Action {
  read,           // see the receipt and download its PDF
  set_address,    // add one's postal address to one's receipt
  see_register,   // the organisation's receipts, with the donors' names
  edit_settings,  // the organisation's details printed on its receipts
  mark_eligible,  // record that the organisation may issue French tax receipts
};
inline constexpr Action kActions[] = {Action::read, Action::set_address, Action::see_register,
                                      Action::edit_settings, Action::mark_eligible};

struct Subject {
  bool own = false;         // the receipt is the actor's (they made the pledge)
  bool treasurer = false;   // a treasurer of the collecting organisation
  bool represents = false;  // a verified representative of the collecting organisation
  bool cancelled = false;   // the receipt was cancelled (the gift was refunded)
};

web::Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::receipts
