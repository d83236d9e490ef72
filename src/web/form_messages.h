// The messages of a refused form, in the reader's language: one per invalid field, or the
// error's own message when it names no field, their {placeholders} filled from the error's
// params. Pages list them above the form.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "i18n/catalogue.h"
#include "i18n/lang.h"
#include "i18n/message.h"

namespace comdev::web {

inline std::vector<std::string> form_messages(i18n::Lang lang, const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(i18n::format(lang, f.message_id, e.params));
  if (out.empty()) out.push_back(i18n::format(lang, e.message_id, e.params));
  return out;
}

}  // namespace comdev::web
