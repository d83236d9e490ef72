// The one check both drivers make on text before binding it: a NUL byte is refused. PostgreSQL
// cannot hold one in TEXT (libpq would cut the value at it, silently) while SQLite keeps it, so
// the same request would store different text on the two databases; refusing it is the only
// answer that loses nothing without saying so.
#pragma once

#include <span>

#include "core/result.h"
#include "store/db.h"

namespace comdev::store {

// An invalid error ("errors.text_nul", a 422) when a text parameter holds a NUL byte.
Status check_text_params(std::span<const Value> params);

}  // namespace comdev::store
