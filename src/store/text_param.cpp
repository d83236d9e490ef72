#include "store/text_param.h"

#include <variant>

namespace comdev::store {

Status check_text_params(std::span<const Value> params) {
  for (const auto& v : params) {
    if (auto s = std::get_if<std::string>(&v); s && s->find('\0') != std::string::npos) {
      return Error::invalid("errors.text_nul");
    }
  }
  return {};
}

}  // namespace comdev::store
