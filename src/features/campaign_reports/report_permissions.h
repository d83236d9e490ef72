// Who may do what with a campaign's law 18-18 report: the feature's whole policy.
// - The report exists once the campaign is closed. It is read (page and CSV) by the collecting
//   organisation's treasurers and verified representatives, who answer for it to the authority,
//   and by the animators (and administrators), who follow that it is sent. Anyone else is told
//   it does not exist (404): the amounts and costs of an association are its own business.
// - The treasurers alone enter the costs of the operation and mark the report sent to the
//   authority; once it is marked sent it no longer changes.
#pragma once

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::campaign_reports {

enum class Action {
  view,       // read the report and download its CSV
  add_cost,   // enter or remove a cost of the operation
  mark_sent,  // record the day and reference of its sending to the authority
};
inline constexpr Action kActions[] = {Action::view, Action::add_cost, Action::mark_sent};

struct Subject {
  bool treasurer = false;       // a treasurer of the collecting organisation
  bool representative = false;  // a verified representative of the collecting organisation
  bool closed = false;          // the campaign is closed
  bool sent = false;            // the report is marked sent to the authority
};

web::Decision can(const web::Actor& actor, Action action, const Subject& subject);

}  // namespace comdev::campaign_reports
