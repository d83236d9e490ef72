#include "features/mydata/mydata_permissions.h"

namespace comdev::mydata {

std::string_view name(Action a) {
  switch (a) {
    case Action::export_own_data:
      return "export_own_data";
    case Action::delete_own_account:
      return "delete_own_account";
    case Action::read_audit_log:
      return "read_audit_log";
  }
  return "?";
}

Decision can(const web::Actor& actor, Action action) {
  switch (action) {
    case Action::export_own_data:
    case Action::delete_own_account:
      return actor.signed_in() ? Decision::allow : Decision::deny;
    case Action::read_audit_log:
      return actor.signed_in() && actor.is_admin ? Decision::allow : Decision::deny;
  }
  return Decision::deny;
}

}  // namespace comdev::mydata
