// The messages of a refused form, in the reader's language: one per invalid field, or the
// error's own message when it names no field. Pages list them above the form.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "i18n/catalogue.h"
#include "i18n/lang.h"

namespace comdev::web {

inline std::vector<std::string> form_messages(i18n::Lang lang, const Error& e) {
  const auto& cat = i18n::catalogue(lang);
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.emplace_back(cat.text(f.message_id));
  if (out.empty()) out.emplace_back(cat.text(e.message_id));
  return out;
}

}  // namespace comdev::web
