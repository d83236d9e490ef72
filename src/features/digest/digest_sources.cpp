#include "features/digest/digest_sources.h"

namespace comdev::digest {
namespace {

std::vector<Source>& registry() {
  static std::vector<Source> list;
  return list;
}

}  // namespace

void add_source(Source source) {
  registry().push_back(std::move(source));
}

const std::vector<Source>& sources() {
  return registry();
}

}  // namespace comdev::digest
