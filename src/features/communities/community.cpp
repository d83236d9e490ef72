#include "features/communities/community.h"

namespace comdev::communities {

const std::string& Translated::in(i18n::Lang lang) const {
  const std::string& t = lang == i18n::Lang::ar ? ar : lang == i18n::Lang::en ? en : fr;
  return t.empty() ? fr : t;
}

}  // namespace comdev::communities
