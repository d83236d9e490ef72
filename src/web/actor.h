// Actor: who is making the request, as the permission functions of every feature see it.
// Built by the pipeline from the session; anonymous visitors have member_id 0 and no roles.
#pragma once

#include <cstdint>
#include <string>

namespace comdev::web {

struct Actor {
  std::int64_t member_id = 0;
  bool is_admin = false;     // platform administrator
  bool is_animator = false;  // animator (community manager) of the platform's communities
  std::string display_name;

  bool signed_in() const { return member_id != 0; }
};

}  // namespace comdev::web
