// The digest e-mail: plain text in the member's language (members.preferred_lang), every word
// from the catalogues, with the one-click unsubscribe link in the body and in the headers of
// RFC 2369 / RFC 8058 (List-Unsubscribe, List-Unsubscribe-Post), so mail clients show their own
// "unsubscribe" button and can use it without opening a page. Pure: no I/O.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "features/digest/digest.h"
#include "mail/mailer.h"

namespace comdev::digest {

// The unsubscribe address of a token: base_url + "/digest/unsubscribe?token=…".
std::string unsubscribe_url(std::string_view base_url, std::string_view token);

// REQUIRES: items or extras is not empty (no e-mail goes out without new content).
mail::Mail compose(const Candidate& to, const std::vector<Item>& items,
                   const std::vector<Extra>& extras, std::string_view base_url,
                   std::string_view token);
inline mail::Mail compose(const Candidate& to, const std::vector<Item>& items,
                          std::string_view base_url, std::string_view token) {
  return compose(to, items, {}, base_url, token);
}

}  // namespace comdev::digest
