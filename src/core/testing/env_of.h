// For tests of settings: an environment made of a few variables (a Getenv, as load_config and
// the features' settings read it).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/config.h"

namespace comdev::testing {

inline Getenv env_of(std::map<std::string, std::string> vars) {
  return [vars = std::move(vars)](std::string_view name) -> std::optional<std::string> {
    auto it = vars.find(std::string(name));
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
}

}  // namespace comdev::testing
