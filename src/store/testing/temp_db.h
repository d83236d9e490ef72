// Throw-away databases for tests, chosen by the environment:
//
//   COMDEV_TEST_DB=sqlite (default)   a fresh SQLite file in $TMPDIR, deleted afterwards
//   COMDEV_TEST_DB=postgres           a fresh schema t_<random> on the server named by
//                                     COMDEV_TEST_PG_URL, or by the first line of the file
//                                     named by COMDEV_TEST_PG_URL_FILE (written by the ctest
//                                     fixture `pg`, see tests/store.cmake); dropped afterwards
//
// When PostgreSQL is asked for and cannot be reached, these return an error: the caller's test
// must fail, never skip.
//
// Thread-safety: each TestDatabase / Db is independent; create_prepared_test_database may be
// called from several threads.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace comdev::store::testing {

// A database that exists until this object is destroyed. For tests that start a server
// process and hand it a URL.
class TestDatabase {
 public:
  virtual ~TestDatabase() = default;
  // A URL for store::open(); on PostgreSQL it selects the private schema with
  // options=-csearch_path=….
  virtual const std::string& url() const = 0;
  virtual Dialect dialect() const = 0;
};

Result<std::unique_ptr<TestDatabase>> create_test_database();

// A fresh database in a prepared state (the application's schema and demo community, say). The
// first call in this process for a `key` makes a seed database and runs `prepare(url)` on it;
// every call returns a new copy of that seed — a file copy on SQLite, CREATE DATABASE … TEMPLATE
// on PostgreSQL — so each test starts from the same state without paying for it again. `prepare`
// must close every connection it opened (PostgreSQL copies only a database nobody is using). The
// seeds are removed when the process exits.
Result<std::unique_ptr<TestDatabase>> create_prepared_test_database(
    const std::string& key, const std::function<Status(const std::string& url)>& prepare);

// A Db opened on a fresh TestDatabase, which it owns (dropped when the Db is destroyed).
Result<std::unique_ptr<Db>> open_test_db(int pool_size = 4);

// "sqlite" or "postgres", from COMDEV_TEST_DB; for test names and messages.
std::string test_db_kind();

}  // namespace comdev::store::testing
