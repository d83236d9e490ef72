#include "features/maturity/maturity_forms.h"

#include "core/form_text.h"
#include "core/text.h"
#include "features/maturity/maturity_rules.h"
#include "features/projects/project_rules.h"

namespace comdev::maturity {
namespace {

Error field_error(std::string field, std::string key) {
  return Error::invalid("errors.invalid", {{std::move(field), std::move(key)}});
}

}  // namespace

Result<TickInput> parse_tick(std::string_view done, std::string_view note) {
  TickInput in;
  auto d = core::trim_space(done);
  if (d == "1" || d == "true") {
    in.done = true;
  } else if (d == "0" || d == "false" || d.empty()) {
    in.done = false;
  } else {
    return field_error("done", "maturity.errors.done");
  }
  auto n = core::form_text("note", note, kMaxNote, false, {}, "maturity.errors.too_long");
  if (!n) return n.error();
  in.note = std::move(*n);
  return in;
}

Result<AdvanceInput> parse_advance(std::string_view from, std::string_view to,
                                   std::string_view note, std::string_view override_reason) {
  AdvanceInput in;
  in.from = std::string(core::trim_space(from));
  in.to = std::string(core::trim_space(to));
  if (!projects::is_status(in.to)) return field_error("status", "projects.errors.status");
  if (!in.from.empty() && !projects::is_status(in.from)) {
    return field_error("status", "projects.errors.status");
  }
  auto n = core::form_text("note", note, kMaxNote, false, {}, "maturity.errors.too_long");
  if (!n) return n.error();
  in.note = std::move(*n);
  auto r = core::form_text("override_reason", override_reason, kMaxReason, false, {},
                           "maturity.errors.too_long");
  if (!r) return r.error();
  in.override_reason = std::move(*r);
  return in;
}

Result<ItemInput> parse_item(std::string_view stage, std::string_view label_fr,
                             std::string_view label_ar, std::string_view rule) {
  ItemInput in;
  in.stage = std::string(core::trim_space(stage));
  if (!has_checklist(in.stage)) return field_error("stage", "maturity.errors.stage");
  auto fr = core::form_text("label_fr", label_fr, kMaxLabel, true, "maturity.errors.label_required",
                            "maturity.errors.too_long");
  if (!fr) return fr.error();
  in.label_fr = std::move(*fr);
  auto ar = core::form_text("label_ar", label_ar, kMaxLabel, false, {}, "maturity.errors.too_long");
  if (!ar) return ar.error();
  in.label_ar = std::move(*ar);
  auto r = parse_rule(core::trim_space(rule));
  if (!r) return field_error("rule", "maturity.errors.rule");
  in.rule = *r;
  return in;
}

}  // namespace comdev::maturity
