// Validation of a contact message: lengths counted in characters (not bytes, so Arabic names
// get the same room as Latin ones), a plausible e-mail address, a well-formed request key.
#pragma once

#include <string_view>

#include "core/email.h"
#include "core/result.h"
#include "features/contact/contact.h"

namespace comdev::contact {

using core::plausible_email;

struct RawMessage {
  std::string_view request_key, name, email, body;
};

Result<NewMessage> validate(const RawMessage& raw, std::string_view lang);

}  // namespace comdev::contact
