// The "try it" feature's whole policy: the demo accounts, their passwords and the /try page exist
// only on a demo database (one whose community `comdev demo` loaded and marked as demo data), so
// that no demo password can open a real community.
#pragma once

#include "web/decision.h"

namespace comdev::tryit {

enum class TryAction { view_page, create_accounts, list_accounts, reset_passwords };

struct TrySubject {
  bool demo_database = false;
};

web::Decision can(TryAction action, const TrySubject& subject);

}  // namespace comdev::tryit
