#include "features/organisations/organisation.h"

#include <algorithm>

namespace comdev::organisations {

bool is_type(std::string_view type) {
  return std::find(kTypes.begin(), kTypes.end(), type) != kTypes.end();
}

}  // namespace comdev::organisations
