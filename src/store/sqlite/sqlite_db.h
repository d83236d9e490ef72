// The SQLite driver: one file, WAL journal, a pool of connections (one per concurrent lease).
//
// Durability choice: journal_mode=WAL with synchronous=NORMAL. A committed transaction is in
// the WAL file (in the OS page cache) before COMMIT returns, so it survives the server being
// killed (SIGKILL, crash); only an OS crash or power loss can lose the last few commits, never
// corrupt the file. FULL would fsync on every commit for that last case at a large write-rate
// cost; a deployment that needs it can run on PostgreSQL.
//
// Placeholders $1..$n are SQLite named parameters "$1".."$n": bound by name, so a repeated $1
// binds once and a number with no parameter is an error instead of a silent NULL.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace comdev::store::sqlite {

// Opens (creating when missing) the database at `path`, or a private in-memory database when
// `memory` is set (then the pool holds a single connection: each SQLite connection to
// ":memory:" is its own database).
Result<std::unique_ptr<Db>> open(const std::string& path, bool memory, int pool_size);

}  // namespace comdev::store::sqlite
