// Parsing what people send about the maturity path (the pages' forms and the API's fields): a
// tick with its evidence, a move along the lifecycle with its override reason, a checklist item.
// Length and UTF-8 limits live here; errors name the field and a catalogue key.
#pragma once

#include <string_view>

#include "core/result.h"
#include "features/maturity/maturity.h"

namespace comdev::maturity {

// `done` is "1"/"true" to tick, "0"/"false"/"" to untick.
Result<TickInput> parse_tick(std::string_view done, std::string_view note);
Result<AdvanceInput> parse_advance(std::string_view from, std::string_view to,
                                   std::string_view note, std::string_view override_reason);
Result<ItemInput> parse_item(std::string_view stage, std::string_view label_fr,
                             std::string_view label_ar, std::string_view rule);

}  // namespace comdev::maturity
