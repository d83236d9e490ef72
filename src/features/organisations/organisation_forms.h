// Validation of the organisation forms: a new organisation, a request to represent one, and the
// animator's note of how a request was checked. Lengths in characters, field errors as
// catalogue keys.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "core/text.h"
#include "features/organisations/organisation.h"

namespace comdev::organisations {

struct RawOrganisation {
  std::string_view type, name, territory_id, description;
};
Result<NewOrganisation> validate_organisation(const RawOrganisation& raw);

// Who the person is, in a few words ("secrétaire général de la commune").
Result<std::string> validate_request_message(std::string_view message);

enum class Verdict { verify, refuse };
struct Answer {
  Verdict verdict = Verdict::refuse;
  std::string note;
};
// The note is required for both answers: the audit log says how the animator knows.
Result<Answer> validate_decision(std::string_view verdict, std::string_view note);

// Ids in URLs and forms: "42" → 42, anything else → 0.
using core::parse_id;

}  // namespace comdev::organisations
