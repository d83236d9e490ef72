#include "store/testing/temp_db.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

namespace comdev::store::testing {

namespace {

std::string random_suffix() {
  std::random_device rd;
  std::mt19937_64 gen((static_cast<std::uint64_t>(rd()) << 32) ^ rd() ^ ::getpid());
  static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string s;
  for (int i = 0; i < 12; ++i) s += kAlphabet[gen() % (sizeof kAlphabet - 1)];
  return s;
}

class SqliteTestDatabase : public TestDatabase {
 public:
  explicit SqliteTestDatabase(std::filesystem::path path)
      : path_(std::move(path)), url_("sqlite:" + path_.string()) {}
  ~SqliteTestDatabase() override {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::filesystem::remove(path_.string() + suffix, ec);
    }
  }
  const std::string& url() const override { return url_; }
  Dialect dialect() const override { return Dialect::sqlite; }

 private:
  std::filesystem::path path_;
  std::string url_;
};

class PgTestDatabase : public TestDatabase {
 public:
  PgTestDatabase(std::unique_ptr<Db> admin, std::string schema, std::string url)
      : admin_(std::move(admin)), schema_(std::move(schema)), url_(std::move(url)) {}
  ~PgTestDatabase() override {
    // Schema names are generated here from [a-z0-9]: no quoting issue.
    (void)admin_->query("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
  }
  const std::string& url() const override { return url_; }
  Dialect dialect() const override { return Dialect::postgres; }

 private:
  std::unique_ptr<Db> admin_;
  std::string schema_;
  std::string url_;
};

Result<std::string> pg_base_url() {
  if (const char* u = std::getenv("COMDEV_TEST_PG_URL"); u && *u) return std::string(u);
  const char* file = std::getenv("COMDEV_TEST_PG_URL_FILE");
  if (!file || !*file) {
    return Error::unavailable(
        "COMDEV_TEST_DB=postgres but neither COMDEV_TEST_PG_URL nor COMDEV_TEST_PG_URL_FILE is "
        "set (start one with script/pg-tmp, or run through ctest's pg fixture)");
  }
  std::ifstream in(file);
  std::string line;
  if (!in || !std::getline(in, line) || line.empty()) {
    return Error::unavailable(std::string("cannot read a PostgreSQL URL from ") + file +
                              " (did the ctest fixture pg.start run and succeed?)");
  }
  return line;
}

Result<std::unique_ptr<TestDatabase>> create_sqlite() {
  const char* tmp = std::getenv("TMPDIR");
  std::filesystem::path dir = tmp && *tmp ? tmp : "/tmp";
  auto path = dir / ("comdev-test-" + random_suffix() + ".db");
  return std::unique_ptr<TestDatabase>(new SqliteTestDatabase(path));
}

Result<std::unique_ptr<TestDatabase>> create_postgres() {
  auto base = pg_base_url();
  if (!base) return base.error();
  auto admin = open(*base, 1);
  if (!admin) return std::move(admin).error();
  std::string schema = "t_" + random_suffix();
  if (auto r = (*admin)->query("CREATE SCHEMA " + schema); !r) return r.error();
  std::string url = *base + (base->find('?') == std::string::npos ? "?" : "&") +
                    "options=-csearch_path%3D" + schema;
  return std::unique_ptr<TestDatabase>(
      new PgTestDatabase(std::move(*admin), schema, std::move(url)));
}

// A Db that also owns the database it is opened on. Leases point at the inner Db, so only
// acquire and stats need forwarding.
class OwningDb : public Db {
 public:
  OwningDb(std::unique_ptr<TestDatabase> owned, std::unique_ptr<Db> inner)
      : owned_(std::move(owned)), inner_(std::move(inner)) {}
  ~OwningDb() override { inner_.reset(); }  // close connections before dropping the database
  Dialect dialect() const override { return inner_->dialect(); }
  Result<Lease> acquire() override { return inner_->acquire(); }
  PoolStats stats() const override { return inner_->stats(); }

 protected:
  void release(std::unique_ptr<Conn>) override {}  // never called: see above

 private:
  std::unique_ptr<TestDatabase> owned_;
  std::unique_ptr<Db> inner_;
};

}  // namespace

std::string test_db_kind() {
  const char* k = std::getenv("COMDEV_TEST_DB");
  return k && *k ? k : "sqlite";
}

Result<std::unique_ptr<TestDatabase>> create_test_database() {
  std::string kind = test_db_kind();
  if (kind == "sqlite") return create_sqlite();
  if (kind == "postgres") return create_postgres();
  return Error::invalid().with_detail("COMDEV_TEST_DB must be sqlite or postgres, not " + kind);
}

Result<std::unique_ptr<Db>> open_test_db(int pool_size) {
  auto database = create_test_database();
  if (!database) return database.error();
  auto db = open((*database)->url(), pool_size);
  if (!db) return db.error();
  return std::unique_ptr<Db>(new OwningDb(std::move(*database), std::move(*db)));
}

}  // namespace comdev::store::testing
