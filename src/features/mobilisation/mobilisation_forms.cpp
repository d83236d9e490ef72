#include "features/mobilisation/mobilisation_forms.h"

#include "core/form_text.h"
#include "core/text.h"
#include "core/utf8.h"

namespace comdev::mobilisation {
namespace {

Result<std::string> text_field(std::string_view field, std::string_view value, std::size_t max,
                               bool required, std::string_view required_key) {
  return core::form_text(field, value, max, required, required_key, "mobilisation.errors.too_long");
}

}  // namespace

Result<InvitationInput> parse_invitation(std::string_view expert_id, std::string_view message) {
  InvitationInput in;
  in.expert_id = core::parse_id(core::trim_space(expert_id));
  if (in.expert_id == 0) {
    return Error::invalid("errors.invalid", {{"expert_id", "mobilisation.errors.expert"}});
  }
  auto m = text_field("message", message, kMaxMessage, false, {});
  if (!m) return m.error();
  in.message = std::move(*m);
  return in;
}

Result<std::string> parse_offer_message(std::string_view message) {
  return text_field("message", message, kMaxMessage, true, "mobilisation.errors.message_required");
}

Result<std::string> parse_role(std::string_view role) {
  return text_field("role", role, kMaxRole, true, "mobilisation.errors.role_required");
}

Result<std::string> parse_note(std::string_view note) {
  return text_field("note", note, kMaxNote, false, {});
}

}  // namespace comdev::mobilisation
