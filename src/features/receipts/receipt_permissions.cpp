#include "features/receipts/receipt_permissions.h"

namespace comdev::receipts {
namespace {

constexpr web::Decision kAllow{true, {}};
constexpr web::Decision kSignIn{false, "errors.sign_in_required"};
constexpr web::Decision kNotYours{false, "receipts.errors.not_yours"};
constexpr web::Decision kCancelled{false, "receipts.errors.cancelled"};
constexpr web::Decision kNotTreasurer{false, "campaigns.errors.not_treasurer"};
constexpr web::Decision kNotRepresentative{false, "campaigns.errors.not_representative"};
constexpr web::Decision kAnimators{false, "receipts.errors.animators_only"};

}  // namespace

web::Decision can(const web::Actor& actor, Action action, const Subject& s) {
  if (!actor.signed_in()) return kSignIn;
  switch (action) {
    case Action::read:
      return s.own || s.treasurer ? kAllow : kNotYours;
    case Action::set_address:
      if (!s.own) return kNotYours;
      return s.cancelled ? kCancelled : kAllow;
    case Action::see_register:
      return s.treasurer ? kAllow : kNotTreasurer;
    case Action::edit_settings:
      return s.treasurer || s.represents ? kAllow : kNotRepresentative;
    case Action::mark_eligible:
      return actor.is_animator || actor.is_admin ? kAllow : kAnimators;
  }
  return kNotYours;
}

}  // namespace comdev::receipts
