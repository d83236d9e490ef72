// Who may do what with campaigns and pledges: the feature's whole policy.
// - A published or closed campaign is for everyone to read; a draft or submitted one for the
//   project's carrier (the verified representatives of its carrier organisation) and animators.
// - The carrier creates, edits and submits a draft, closes a published campaign and posts updates
//   to its donors; an animator (or administrator) publishes a submitted campaign or sends it back
//   with a note — review is not the carrier's job — and may close a published one.
// - The bank details are for signed-in members only; any signed-in member may pledge (whether
//   the campaign takes pledges today is a rule, campaign_rules.h) and cancel their own pledge.
// - Money is the collecting organisation's treasurers' business alone: they see the donors'
//   names (anonymous ones included), confirm, cancel and refund pledges and import statements.
//   Not the carrier, not an animator: the person who confirms money is the one answerable for
//   the bank account.
// - The organisation's verified representatives and animators name its treasurers.
#pragma once

#include "features/campaigns/campaign.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::campaigns {

enum class Action {
  view,              // read the campaign, its progress, fund uses and updates
  see_bank_details,  // read the IBAN/RIB to transfer to
  create,            // start a campaign for the project
  edit,              // change a draft
  submit,            // ask the animators to publish it
  publish,           // publish a submitted campaign
  send_back,         // return a submitted campaign to its carrier with a note
  close,             // stop taking pledges
  post_update,       // write news to the donors
  pledge,            // promise an amount
  cancel_own,        // withdraw one's own pledge before it is confirmed
  treasury,          // see the pledges with donors' names, confirm, cancel, refund, import
  name_treasurer,    // name a treasurer of the collecting organisation
};
inline constexpr Action kActions[] = {
    Action::view,          Action::see_bank_details, Action::create,     Action::edit,
    Action::submit,        Action::publish,          Action::send_back,  Action::close,
    Action::post_update,   Action::pledge,           Action::cancel_own, Action::treasury,
    Action::name_treasurer};

struct Subject {
  bool carrier = false;               // represents the project's carrier organisation
  bool treasurer = false;             // a treasurer of the collecting organisation
  bool represents_collector = false;  // represents the collecting organisation
  bool own_pledge = false;            // cancel_own: the pledge is the actor's
  State state = State::draft;         // the campaign's (create: ignored)
};

web::Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::campaigns
