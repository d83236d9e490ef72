// Decision: what a feature's `can(actor, action, …)` answers — allowed, or refused with the
// catalogue key that explains why. One type for every feature's permissions file, so handlers
// turn a refusal into an error the same way everywhere.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"

namespace comdev::web {

struct Decision {
  bool allowed = false;
  std::string_view reason;  // catalogue key explaining a refusal (a literal); empty when allowed
  explicit operator bool() const { return allowed; }

  // The refusal as an Error for web::reply_error (403 with the reason's text).
  Error forbidden() const { return Error::forbidden(std::string(reason)); }
};

}  // namespace comdev::web
