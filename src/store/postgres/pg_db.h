// The PostgreSQL driver: libpq, a pool of connections, prepared statements cached per
// connection, text-format parameters and results converted to Values by column type
// (int2/int4/int8 and bool -> int64, float4/float8 -> double, NULL -> monostate, the rest
// text). Sessions run with TIME ZONE 'UTC'.
//
// Errors: SQLSTATE 23505 -> conflict; class 08 (connection), 57P (shutdown), 53 (resources)
// or a dead connection -> unavailable, and a dead connection is closed so the pool reconnects;
// everything else -> internal. `detail` holds the server message and the SQL, never values.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace comdev::store::postgres {

// `url` is a libpq URI ("postgresql://…"); connect_timeout=10 is added unless it names one.
// One connection is opened at once, so a wrong URL or a server that is down fails here.
Result<std::unique_ptr<Db>> open(const std::string& url, int pool_size);

}  // namespace comdev::store::postgres
