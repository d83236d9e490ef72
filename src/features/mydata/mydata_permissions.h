// The whole policy of "your data" and the audit log: a member exports or deletes only their own
// account (the routes take no id: the actor is the subject); only administrators read the audit
// log.
#pragma once

#include <array>
#include <string_view>

#include "web/actor.h"

namespace comdev::mydata {

enum class Action { export_own_data, delete_own_account, read_audit_log };
inline constexpr std::array<Action, 3> kAllActions = {
    Action::export_own_data, Action::delete_own_account, Action::read_audit_log};
std::string_view name(Action a);

enum class Decision { allow, deny };

Decision can(const web::Actor& actor, Action action);

}  // namespace comdev::mydata
