#include "features/payments/payment_permissions.h"

namespace comdev::payments {
namespace {

constexpr web::Decision kAllow{true, {}};
constexpr web::Decision kSignIn{false, "errors.sign_in_required"};
constexpr web::Decision kNotOffered{false, "payments.errors.not_offered"};

}  // namespace

web::Decision can(const web::Actor& actor, Action action, const Subject& s) {
  switch (action) {
    case Action::pay_online:
      if (!actor.signed_in()) return kSignIn;
      return s.own && s.pending && s.in_euros && s.enabled ? kAllow : kNotOffered;
    case Action::settle:
      return kAllow;
  }
  return kNotOffered;
}

}  // namespace comdev::payments
