// The catalogue texts the campaigns pages choose among: states, audiences, outcomes of statement
// lines, the names of form fields in error messages. Literal keys, so that the catalogue test
// sees them in use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "features/campaigns/campaign.h"
#include "i18n/catalogue.h"
#include "i18n/lang.h"
#include "i18n/message.h"

namespace comdev::campaigns {

inline std::string state_label(i18n::Lang lang, State s) {
  switch (s) {
    case State::draft:
      return text(lang, "campaigns.state.draft");
    case State::submitted:
      return text(lang, "campaigns.state.submitted");
    case State::published:
      return text(lang, "campaigns.state.published");
    case State::closed:
      return text(lang, "campaigns.state.closed");
  }
  return {};
}

inline std::string audience_label(i18n::Lang lang, Audience a) {
  switch (a) {
    case Audience::public_morocco:
      return text(lang, "campaigns.audience.public_morocco");
    case Audience::diaspora:
      return text(lang, "campaigns.audience.diaspora");
    case Audience::members:
      return text(lang, "campaigns.audience.members");
  }
  return {};
}

inline std::string pledge_state_label(i18n::Lang lang, PledgeState s) {
  switch (s) {
    case PledgeState::pledged:
      return text(lang, "campaigns.pledge_state.pledged");
    case PledgeState::confirmed:
      return text(lang, "campaigns.pledge_state.confirmed");
    case PledgeState::expired:
      return text(lang, "campaigns.pledge_state.expired");
    case PledgeState::cancelled:
      return text(lang, "campaigns.pledge_state.cancelled");
    case PledgeState::refunded:
      return text(lang, "campaigns.pledge_state.refunded");
  }
  return {};
}

inline std::string outcome_label(i18n::Lang lang, std::string_view outcome) {
  if (outcome == "amount_differs") return text(lang, "campaigns.lines.amount_differs");
  if (outcome == "ambiguous") return text(lang, "campaigns.lines.ambiguous");
  return text(lang, "campaigns.lines.unmatched");
}

inline std::string field_label(i18n::Lang lang, std::string_view field) {
  if (field == "title") return text(lang, "campaigns.field.title");
  if (field == "description") return text(lang, "campaigns.field.description");
  if (field == "currency") return text(lang, "campaigns.field.currency");
  if (field == "goal") return text(lang, "campaigns.field.goal");
  if (field == "starts_on") return text(lang, "campaigns.field.starts_on");
  if (field == "ends_on") return text(lang, "campaigns.field.ends_on");
  if (field == "organisation") return text(lang, "campaigns.field.organisation");
  if (field == "audience") return text(lang, "campaigns.field.audience");
  if (field == "authorisation_ref") return text(lang, "campaigns.field.authorisation_ref");
  if (field == "authorisation_on") return text(lang, "campaigns.field.authorisation_on");
  if (field == "bank_details") return text(lang, "campaigns.field.bank_details");
  if (field == "uses") return text(lang, "campaigns.field.uses");
  if (field == "amount") return text(lang, "campaigns.field.amount");
  if (field == "reference") return text(lang, "campaigns.lines.reference");
  if (field == "email") return text(lang, "campaigns.treasurers.email");
  if (field == "body") return text(lang, "campaigns.updates.field_body");
  if (field == "note") return text(lang, "campaigns.review.note");
  return std::string(field);
}

// One message per problem, naming its field ("Montant : …"), or the error's own message.
inline std::vector<std::string> messages(i18n::Lang lang, const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) {
    out.push_back(i18n::format(lang, "campaigns.errors.field",
                               {{"field", field_label(lang, f.field)},
                                {"message", i18n::format(lang, f.message_id, e.params)}}));
  }
  if (out.empty()) out.push_back(i18n::format(lang, e.message_id, e.params));
  return out;
}

}  // namespace comdev::campaigns
