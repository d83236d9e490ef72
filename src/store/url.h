// Database URL parsing: which driver, and what to hand it.
//
//   sqlite:PATH                 a file (created when missing); relative paths are relative to
//                               the working directory
//   sqlite::memory:             a private in-memory database (one connection: each SQLite
//                               connection to ":memory:" would otherwise see its own database)
//   postgresql://user:pass@host:port/db?host=/sock/dir&options=...   (also postgres://)
//                               handed to libpq unchanged: libpq parses the URI itself
//
// Anything else is Error::invalid with a detail that says what is accepted.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "store/db.h"

namespace comdev::store {

struct DbUrl {
  Dialect dialect = Dialect::sqlite;
  std::string sqlite_path;  // sqlite only; ":memory:" for the in-memory database
  bool memory = false;      // sqlite only
  std::string conninfo;     // postgres only: the URI for PQconnectdb
};

Result<DbUrl> parse_db_url(std::string_view url);

}  // namespace comdev::store
