#include "features/organisations/organisation_forms.h"

#include "core/text.h"
#include "core/utf8.h"

namespace comdev::organisations {
Result<NewOrganisation> validate_organisation(const RawOrganisation& raw) {
  auto name = core::trim_space(raw.name);
  auto description = core::trim_space(raw.description);
  for (auto s : {raw.type, name, description, raw.territory_id}) {
    if (!is_valid_utf8(s)) return Error::invalid("errors.form.invalid_utf8");
  }
  std::vector<FieldError> errors;
  if (!is_type(raw.type)) errors.push_back({"type", "organisations.errors.type"});
  if (utf8_length(name) < 2 || utf8_length(name) > 200)
    errors.push_back({"name", "organisations.errors.name"});
  if (utf8_length(description) > 2000) {
    errors.push_back({"description", "organisations.errors.description"});
  }
  std::int64_t territory = 0;
  if (!raw.territory_id.empty()) {
    territory = parse_id(raw.territory_id);
    if (territory == 0) errors.push_back({"territory", "organisations.errors.territory"});
  }
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return NewOrganisation{std::string(raw.type), std::string(name), territory,
                         std::string(description), false};
}

Result<std::string> validate_request_message(std::string_view message) {
  auto m = core::trim_space(message);
  if (!is_valid_utf8(m)) return Error::invalid("errors.form.invalid_utf8");
  if (utf8_length(m) < 3 || utf8_length(m) > 500) {
    return Error::invalid("errors.invalid", {{"message", "organisations.errors.request_message"}});
  }
  return std::string(m);
}

Result<Answer> validate_decision(std::string_view verdict, std::string_view note) {
  auto n = core::trim_space(note);
  if (!is_valid_utf8(n)) return Error::invalid("errors.form.invalid_utf8");
  std::vector<FieldError> errors;
  if (verdict != "verify" && verdict != "refuse") {
    errors.push_back({"decision", "organisations.errors.decision"});
  }
  if (utf8_length(n) < 3 || utf8_length(n) > 500)
    errors.push_back({"note", "organisations.errors.note"});
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return Answer{verdict == "verify" ? Verdict::verify : Verdict::refuse, std::string(n)};
}

}  // namespace comdev::organisations
