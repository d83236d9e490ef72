// The catalogue texts the receipts choose among. Literal keys, so that the catalogue test sees
// them in use.
#pragma once

#include <string_view>

#include "features/receipts/receipt.h"

namespace comdev::receipts {

inline std::string_view means_key(Means m) {
  return m == Means::online ? "receipts.means.online" : "receipts.means.transfer";
}

// The plural message naming the currency's unit ("euro", "euros").
inline std::string_view currency_words_key(std::string_view currency) {
  return currency == "EUR" ? "receipts.words.EUR" : "receipts.words.MAD";
}

}  // namespace comdev::receipts
