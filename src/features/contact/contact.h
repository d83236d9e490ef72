// A message from a visitor to the animators of the community ("write to the team").
// The request key makes sending idempotent: a retried or double-clicked submission stores once.
#pragma once

#include <cstdint>
#include <string>

namespace comdev::contact {

struct NewMessage {
  std::string request_key;
  std::string name;
  std::string email;
  std::string body;
  std::string lang;
};

}  // namespace comdev::contact
