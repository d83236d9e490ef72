#include "features/opportunities/opportunity_permissions.h"

#include "features/opportunities/opportunity_rules.h"

namespace comdev::opportunities {
namespace {

constexpr web::Decision kAllow{true, {}};
constexpr web::Decision kSignIn{false, "errors.sign_in_required"};
constexpr web::Decision kNotFound{false, "errors.not_found"};
constexpr web::Decision kAnimatorsOnly{false, "opportunities.errors.animators_only"};
constexpr web::Decision kNotRepresentative{false, "projects.errors.not_representative"};
constexpr web::Decision kNotSubmitted{false, "opportunities.errors.not_submitted"};
constexpr web::Decision kNotPublished{false, "opportunities.errors.not_published"};
constexpr web::Decision kOwnOpportunity{false, "opportunities.errors.own_opportunity"};
constexpr web::Decision kAlreadyAsked{false, "opportunities.errors.already_interested"};
constexpr web::Decision kNotOwner{false, "opportunities.errors.not_owner"};
constexpr web::Decision kDecided{false, "opportunities.errors.already_decided"};
constexpr web::Decision kNotDraft{false, "opportunities.errors.not_draft"};

}  // namespace

web::Decision can(const web::Actor& actor, Action action, const Subject& s) {
  switch (action) {
    case Action::view:
      if (s.state == State::published || s.state == State::closed) return kAllow;
      if (!actor.signed_in()) return kSignIn;
      return s.owner || reviewer(actor) ? kAllow : kNotFound;
    case Action::create_offer:
      if (!actor.signed_in()) return kSignIn;
      return s.represents_organisation || reviewer(actor) ? kAllow : kNotRepresentative;
    case Action::propose_project:
      return actor.signed_in() ? kAllow : kSignIn;
    case Action::publish:
    case Action::send_back:
      if (!actor.signed_in()) return kSignIn;
      if (!reviewer(actor)) return kAnimatorsOnly;
      return may_move(s.state, action == Action::publish ? State::published : State::draft)
                 ? kAllow
                 : kNotSubmitted;
    case Action::edit:
    case Action::resubmit:
      if (!actor.signed_in()) return kSignIn;
      if (!s.owner) return kNotOwner;
      return s.state == State::draft ? kAllow : kNotDraft;
    case Action::close:
      if (!actor.signed_in()) return kSignIn;
      if (!s.owner && !reviewer(actor)) return kNotOwner;
      return s.state == State::published ? kAllow : kNotPublished;
    case Action::express_interest:
      if (!actor.signed_in()) return kSignIn;
      if (s.state != State::published) return kNotPublished;
      if (s.owner) return kOwnOpportunity;
      return s.has_open_request ? kAlreadyAsked : kAllow;
    case Action::withdraw_interest:
      if (!actor.signed_in()) return kSignIn;
      if (!s.own_request) return kNotOwner;
      return s.request == InterestState::requested ? kAllow : kDecided;
    case Action::decide_interest:
      if (!actor.signed_in()) return kSignIn;
      if (!reviewer(actor)) return kAnimatorsOnly;
      return s.request == InterestState::requested ? kAllow : kDecided;
    case Action::read_queue:
      if (!actor.signed_in()) return kSignIn;
      return reviewer(actor) ? kAllow : kAnimatorsOnly;
  }
  return kNotFound;
}

}  // namespace comdev::opportunities
