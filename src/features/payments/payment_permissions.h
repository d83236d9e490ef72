// Who may do what with online payments: the feature's whole policy.
// - Only the donor pays their own pledge online, while it is pending, in euros, and when its
//   collecting organisation takes online payments (the configured HelloAsso account is its own).
// - The provider's notification and the donor's return carry no credential: anyone may ask the
//   platform to look at a checkout, because the platform then believes only what it reads back
//   from the provider's API (payment_actions.h: settle).
#pragma once

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::payments {

enum class Action {
  pay_online,  // start a checkout of the pledge at the provider
  settle,      // have a checkout read back from the provider (notification, return URL)
};
inline constexpr Action kActions[] = {Action::pay_online, Action::settle};

struct Subject {
  bool own = false;       // the actor made the pledge
  bool pending = false;   // the pledge waits for its money
  bool in_euros = false;  // the pledge's currency is the provider's
  bool enabled = false;   // the pledge's collecting organisation takes online payments
};

web::Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::payments
