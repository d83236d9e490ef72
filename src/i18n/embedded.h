// The catalogues as compiled into the binary. `templatec --catalogues` generates the
// definition of embedded_catalogue() from i18n/*.json at build time, so the server needs no
// data directory. Plain static data: thread-safe, lives for the whole program.
#pragma once

#include <cstddef>

#include "i18n/lang.h"

namespace comdev::i18n {

struct EmbeddedMessage {
  const char* key;
  bool plural;           // the JSON value was an object of plural forms
  const char* forms[6];  // zero, one, two, few, many, other; nullptr when absent
};

struct EmbeddedCatalogue {
  const EmbeddedMessage* messages;
  std::size_t size;
};

EmbeddedCatalogue embedded_catalogue(Lang lang);

}  // namespace comdev::i18n
