#include "core/email.h"

#include "core/text.h"

namespace comdev::core {

bool plausible_email(std::string_view e) {
  if (e.size() < 3 || e.size() > 254) return false;
  auto at = e.find('@');
  if (at == 0 || at == std::string_view::npos || e.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  auto domain = e.substr(at + 1);
  auto dot = domain.find('.');
  if (dot == 0 || dot == std::string_view::npos || domain.back() == '.') return false;
  for (unsigned char c : e) {
    if (c <= 0x20 || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '(' ||
        c == ')' || c == '\\' || c == 0x7f)
      return false;
  }
  return true;
}

std::string normalise_email(std::string_view email) {
  return to_lower_ascii(trim_space(email));
}

}  // namespace comdev::core
