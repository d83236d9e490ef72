#include "features/territories/territory.h"

#include <algorithm>

namespace comdev::territories {

bool is_kind(std::string_view kind) {
  return std::find(kKinds.begin(), kKinds.end(), kind) != kKinds.end();
}

}  // namespace comdev::territories
