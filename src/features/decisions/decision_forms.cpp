#include "features/decisions/decision_forms.h"

#include "core/form_text.h"
#include "core/text.h"
#include "core/time.h"
#include "features/decisions/decision_rules.h"
#include "web/markdown.h"

namespace comdev::decisions {
namespace {

Error field_error(std::string field, std::string key) {
  return Error::invalid("errors.invalid", {{std::move(field), std::move(key)}});
}

}  // namespace

Result<NewProposal> parse_proposal(std::string_view title, std::string_view body,
                                   std::string_view deadline, std::string_view quorum) {
  NewProposal in;
  auto t = core::form_text("title", title, kMaxTitle, true, "decisions.errors.title_required",
                           "decisions.errors.too_long");
  if (!t) return t.error();
  in.title = std::move(*t);
  auto b = core::form_text("body", body, kMaxBody, true, "decisions.errors.body_required",
                           "decisions.errors.too_long");
  if (!b) return b.error();
  if (web::markdown_has_unsafe_parts(*b))
    return field_error("body", "teams.errors.unsafe_markdown");
  in.body = std::move(*b);
  // A datetime-local field gives "2026-12-10T18:00" (seconds when its step allows them).
  std::string d(core::trim_space(deadline));
  if (d.size() == 16) d += ":00";
  auto when = d.size() >= 19 && d[10] == 'T' ? core::parse_iso(d) : std::nullopt;
  if (!when) return field_error("deadline", "decisions.errors.deadline");
  in.deadline = core::iso(*when);
  auto q = core::trim_space(quorum);
  if (!q.empty()) {
    auto n = core::parse_id(q);
    if (q != "0" && (n <= 0 || n > kMaxQuorum))
      return field_error("quorum", "decisions.errors.quorum");
    in.quorum = static_cast<int>(n);
  }
  return in;
}

Result<VoteInput> parse_vote(std::string_view choice, std::string_view reason) {
  VoteInput in;
  auto c = parse_choice(core::trim_space(choice));
  if (!c) return field_error("choice", "decisions.errors.choice");
  in.choice = *c;
  auto r = core::form_text("reason", reason, kMaxReason, false, {}, "decisions.errors.too_long");
  if (!r) return r.error();
  in.reason = std::move(*r);
  return in;
}

}  // namespace comdev::decisions
