#include "features/teams/team_forms.h"

#include "core/email.h"
#include "core/form_text.h"
#include "core/text.h"
#include "core/utf8.h"
#include "web/markdown.h"

namespace comdev::teams {
namespace {

Result<std::string> text_field(std::string_view field, std::string_view value, std::size_t max,
                               bool required, std::string_view required_key) {
  return core::form_text(field, value, max, required, required_key, "teams.errors.too_long");
}

Result<std::string> markdown_field(std::string_view field, std::string_view value) {
  auto t = text_field(field, value, kMaxMessage, true, "teams.errors.message_required");
  if (!t) return t.error();
  if (web::markdown_has_unsafe_parts(*t)) {
    return Error::invalid("errors.invalid", {{std::string(field), "teams.errors.unsafe_markdown"}});
  }
  return t;
}

}  // namespace

Result<RoleInput> parse_role(std::string_view kind, std::string_view title) {
  RoleInput in;
  auto k = parse_role_kind(core::trim_space(kind));
  if (!k) return Error::invalid("errors.invalid", {{"role_kind", "teams.errors.role_kind"}});
  in.kind = *k;
  auto t = text_field("title", title, kMaxTitle, false, {});
  if (!t) return t.error();
  in.title = std::move(*t);
  return in;
}

Result<NewMember> parse_new_member(std::string_view email, std::string_view kind,
                                   std::string_view title) {
  NewMember in;
  auto e = text_field("email", email, 254, true, "teams.errors.email");
  if (!e) return e.error();
  if (!core::plausible_email(*e)) {
    return Error::invalid("errors.invalid", {{"email", "teams.errors.email"}});
  }
  in.email = core::normalise_email(*e);
  auto r = parse_role(kind, title);
  if (!r) return r.error();
  in.role = std::move(*r);
  return in;
}

Result<std::string> parse_request_message(std::string_view message) {
  return text_field("message", message, kMaxRequestMessage, false, {});
}

Result<NewThread> parse_thread(std::string_view title, std::string_view body) {
  NewThread in;
  auto t = text_field("title", title, kMaxThreadTitle, true, "teams.errors.title_required");
  if (!t) return t.error();
  in.title = std::move(*t);
  auto b = markdown_field("body", body);
  if (!b) return b.error();
  in.body = std::move(*b);
  return in;
}

Result<std::string> parse_message(std::string_view body) {
  return markdown_field("body", body);
}

}  // namespace comdev::teams
