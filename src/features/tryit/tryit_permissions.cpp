#include "features/tryit/tryit_permissions.h"

namespace comdev::tryit {

web::Decision can(TryAction action, const TrySubject& subject) {
  switch (action) {
    case TryAction::view_page:
    case TryAction::create_accounts:
    case TryAction::list_accounts:
    case TryAction::reset_passwords:
      if (!subject.demo_database) return {false, "tryit.errors.not_demo"};
      return {true, {}};
  }
  return {false, "tryit.errors.not_demo"};
}

}  // namespace comdev::tryit
