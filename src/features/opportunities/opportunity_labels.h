// Labels of the opportunities pages in the reader's language: kinds, stages, states, amount
// buckets, filters and form fields. Every catalogue key is written whole, so the catalogue tests
// see it in use.
#pragma once

#include <string>
#include <string_view>

#include "features/opportunities/opportunity.h"
#include "i18n/catalogue.h"
#include "i18n/format.h"
#include "i18n/lang.h"
#include "i18n/message.h"

namespace comdev::opportunities {

inline std::string kind_label(i18n::Lang lang, Kind k) {
  return text(lang,
              k == Kind::offer ? "opportunities.kind.offer" : "opportunities.kind.migrant_project");
}

inline std::string stage_label(i18n::Lang lang, std::string_view stage) {
  if (stage == "idea") return text(lang, "opportunities.stage.idea");
  if (stage == "study") return text(lang, "opportunities.stage.study");
  if (stage == "ready") return text(lang, "opportunities.stage.ready");
  if (stage == "operating") return text(lang, "opportunities.stage.operating");
  return std::string(stage);
}

inline std::string state_label(i18n::Lang lang, State s) {
  switch (s) {
    case State::draft:
      return text(lang, "opportunities.state.draft");
    case State::submitted:
      return text(lang, "opportunities.state.submitted");
    case State::published:
      return text(lang, "opportunities.state.published");
    case State::closed:
      return text(lang, "opportunities.state.closed");
  }
  return {};
}

inline std::string request_label(i18n::Lang lang, InterestState s) {
  switch (s) {
    case InterestState::requested:
      return text(lang, "opportunities.request.requested");
    case InterestState::introduced:
      return text(lang, "opportunities.request.introduced");
    case InterestState::declined:
      return text(lang, "opportunities.request.declined");
    case InterestState::withdrawn:
      return text(lang, "opportunities.request.withdrawn");
  }
  return {};
}

inline std::string bucket_label(i18n::Lang lang, std::string_view code) {
  if (code == "mad-small") return text(lang, "opportunities.bucket.mad_small");
  if (code == "mad-medium") return text(lang, "opportunities.bucket.mad_medium");
  if (code == "mad-large") return text(lang, "opportunities.bucket.mad_large");
  if (code == "eur-small") return text(lang, "opportunities.bucket.eur_small");
  if (code == "eur-medium") return text(lang, "opportunities.bucket.eur_medium");
  if (code == "eur-large") return text(lang, "opportunities.bucket.eur_large");
  return std::string(code);
}

inline std::string facet_label(i18n::Lang lang, std::string_view facet) {
  if (facet == "sector") return text(lang, "opportunities.filter.sector");
  if (facet == "commune") return text(lang, "opportunities.filter.commune");
  if (facet == "province") return text(lang, "opportunities.filter.province");
  if (facet == "stage") return text(lang, "opportunities.filter.stage");
  if (facet == "kind") return text(lang, "opportunities.filter.kind");
  return text(lang, "opportunities.filter.amount");
}

// The name of a form field in an error message ("Montant minimum : …").
inline std::string field_label(i18n::Lang lang, std::string_view field) {
  if (field == "kind") return text(lang, "opportunities.field.kind");
  if (field == "title") return text(lang, "opportunities.field.title");
  if (field == "description") return text(lang, "opportunities.field.description");
  if (field == "lang") return text(lang, "opportunities.field.lang");
  if (field == "sector") return text(lang, "opportunities.field.sector");
  if (field == "stage") return text(lang, "opportunities.field.stage");
  if (field == "commune") return text(lang, "opportunities.field.commune");
  if (field == "currency") return text(lang, "opportunities.field.currency");
  if (field == "amount_min") return text(lang, "opportunities.field.amount_min");
  if (field == "amount_max") return text(lang, "opportunities.field.amount_max");
  if (field == "publisher") return text(lang, "opportunities.field.publisher");
  if (field == "contact_org") return text(lang, "opportunities.field.contact_org");
  if (field == "contact") return text(lang, "opportunities.field.contact");
  if (field == "about") return text(lang, "opportunities.interest.about");
  if (field == "interest") return text(lang, "opportunities.interest.what");
  if (field == "amount") return text(lang, "opportunities.interest.amount");
  if (field == "note") return text(lang, "opportunities.review.note");
  return std::string(field);
}

inline std::string sector_label(i18n::Lang lang, std::string_view code) {
  return text(lang, "profiles.sector." + std::string(code));
}

inline std::string place_label(i18n::Lang lang, const std::string& fr, const std::string& ar) {
  return lang == i18n::Lang::ar && !ar.empty() ? ar : fr;
}

// "250 000,00 MAD – 1 500 000,00 MAD" in the reader's language.
inline std::string range_text(i18n::Lang lang, std::int64_t min, std::int64_t max,
                              std::string_view currency) {
  return i18n::format(lang, "opportunities.amount_range",
                      {{"min", i18n::format_money(lang, min, currency)},
                       {"max", i18n::format_money(lang, max, currency)}});
}

}  // namespace comdev::opportunities
