// Who may do what with investment opportunities and "I'm interested" requests: the feature's
// whole policy. A published opportunity is for everyone, visitors included. An opportunity of a
// territory or an organisation is published by that organisation's verified representatives or
// by an animator; any signed-in member may propose their own investment project, which an
// animator of the community reviews before it is public; a project sent back is its author's to
// correct and submit again. A signed-in member who is not on the
// publishing side may say they are interested in a published opportunity (one open request at a
// time); only animators read the requests' queue and turn a request into an introduction or
// decline it — the platform introduces people, it never takes their money.
#pragma once

#include <optional>

#include "features/opportunities/opportunity.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::opportunities {

enum class Action {
  view,               // read the opportunity (its contact details: opportunity_rules.h)
  create_offer,       // publish an opportunity in an organisation's name
  propose_project,    // propose one's own investment project (reviewed first)
  publish,            // publish a submitted project
  send_back,          // return a submitted project to its author with a note
  edit,               // change one's project sent back to draft
  resubmit,           // send one's corrected project for review again
  close,              // mark a published opportunity as no longer looking
  express_interest,   // send an "I'm interested" request
  withdraw_interest,  // withdraw one's own open request
  decide_interest,    // introduce the two sides, or decline the request with a reason
  read_queue,         // the animators' queue of projects to review and requests to decide
};
inline constexpr Action kActions[] = {Action::view,
                                      Action::create_offer,
                                      Action::propose_project,
                                      Action::publish,
                                      Action::send_back,
                                      Action::edit,
                                      Action::resubmit,
                                      Action::close,
                                      Action::express_interest,
                                      Action::withdraw_interest,
                                      Action::decide_interest,
                                      Action::read_queue};

struct Subject {
  State state = State::published;  // the opportunity's
  bool owner = false;              // wrote it, or represents its publishing organisation (verified)
  bool represents_organisation = false;  // create_offer: a verified representative of the publisher
  bool has_open_request = false;         // express_interest: the actor's request is pending
  std::optional<InterestState> request;  // withdraw/decide: the request's state
  bool own_request = false;              // withdraw: the request is the actor's
};

// A subject naming only the opportunity's state and the actor's side.
inline Subject about(State state, bool owner = false, bool represents_organisation = false) {
  Subject s;
  s.state = state;
  s.owner = owner;
  s.represents_organisation = represents_organisation;
  return s;
}

web::Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

inline bool reviewer(const web::Actor& a) {
  return a.is_animator || a.is_admin;
}

}  // namespace comdev::opportunities
